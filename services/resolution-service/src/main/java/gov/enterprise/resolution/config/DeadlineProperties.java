package gov.enterprise.resolution.config;

import gov.enterprise.resolution.ticket.DeadlinePolicy;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code resolution.deadlines.*}: the clock rules the service applies on top of intake's deadlines (brief §3).
 *
 * @param zone                      where the calendar's days begin and end
 * @param yellowPercent             share of the time used at which the light turns yellow
 * @param contributionWorkingDays   co-departments' time to give the lead their input
 * @param feedbackWorkingDays       the enterprise's time for its verdict before the ticket closes as satisfied
 * @param furtherOverdueWorkingDays working days overdue that take the escalation to the leader in charge
 * @param extensionsAllowed         extensions per ticket before a leader allows more
 * @param calendarRefresh           how soon a calendar year loaded through another instance is counted by this one
 */
@ConfigurationProperties("resolution.deadlines")
public record DeadlineProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("80") int yellowPercent,
                                 @DefaultValue("3") int contributionWorkingDays,
                                 @DefaultValue("5") int feedbackWorkingDays,
                                 @DefaultValue("5") int furtherOverdueWorkingDays,
                                 @DefaultValue("1") int extensionsAllowed,
                                 @DefaultValue("1m") Duration calendarRefresh) {

    DeadlinePolicy policy() {
        return new DeadlinePolicy(zone, yellowPercent, contributionWorkingDays, feedbackWorkingDays,
                furtherOverdueWorkingDays, extensionsAllowed);
    }
}
