package gov.enterprise.resolution.config;

import gov.enterprise.reference.ReferenceData;
import gov.enterprise.resolution.calendar.CalendarYears;
import gov.enterprise.resolution.calendar.LoadedCalendar;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.TicketAccess;
import gov.enterprise.resolution.ticket.WorkingDays;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's collaborators that are not Spring components: time, calendar, reference data, access rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class ResolutionConfiguration {

    /** Time comes from here only, so that tests (and the deadline evaluation's tests above all) can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The bundled official years, and in their place the years administrators loaded (intake publishes them). */
    @Bean
    LoadedCalendar workingDays(CalendarYears years, DeadlineProperties properties) {
        return new LoadedCalendar(years, properties.calendarRefresh());
    }

    @Bean
    Deadlines deadlines(WorkingDays workingDays, DeadlineProperties properties) {
        return new Deadlines(workingDays, properties.policy());
    }

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.bundled();
    }

    @Bean
    TicketAccess ticketAccess(ReferenceData reference) {
        return new TicketAccess(reference::isWithin);
    }
}
