package gov.enterprise.intake.deadline;

import gov.enterprise.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Sets deadlines by the SLA policy and the official working-day calendar, from the day (in the service's time zone)
 * an issue is routed; that day itself never counts, so an issue routed on a holiday or a Friday evening gets the full
 * period.
 */
public record DeadlineSchedule(WorkingDayCalendar calendar, SlaPolicies policies, ZoneId zone) {

    public Deadlines deadlines(String category, Priority priority, Instant routedAt) {
        SlaPolicy policy = policies.applicable(category, priority);
        LocalDate start = LocalDate.ofInstant(routedAt, zone);
        LocalDate acceptDue = calendar.addWorkingDays(start, policy.acceptWorkingDays());
        LocalDate resolveDue = calendar.addWorkingDays(start, policy.resolveWorkingDays());
        boolean provisional = !calendar.covers(start) || !calendar.covers(resolveDue);
        return new Deadlines(acceptDue, resolveDue, provisional, policy);
    }
}
