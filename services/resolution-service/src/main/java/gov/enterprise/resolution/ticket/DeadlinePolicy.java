package gov.enterprise.resolution.ticket;

import java.time.ZoneId;

/**
 * The rules of the clock the resolution service applies on top of the deadlines intake sets.
 *
 * @param zone                       where a day begins and ends (the calendar is a local one)
 * @param yellowPercent              share of the period used at which the light turns yellow
 * @param contributionWorkingDays    how long co-departments have to give the lead their input
 * @param feedbackWorkingDays        how long the enterprise has to give its verdict before it is assumed satisfied
 * @param furtherOverdueWorkingDays  how many working days overdue lift the escalation to the leader in charge
 * @param extensionsAllowed          extensions a ticket may have approved before a leader allows more
 */
public record DeadlinePolicy(ZoneId zone, int yellowPercent, int contributionWorkingDays, int feedbackWorkingDays,
                             int furtherOverdueWorkingDays, int extensionsAllowed) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public DeadlinePolicy {
        if (yellowPercent < 1 || yellowPercent > 100) {
            throw new IllegalArgumentException("yellowPercent must be 1..100: " + yellowPercent);
        }
        if (contributionWorkingDays < 0 || feedbackWorkingDays < 0 || furtherOverdueWorkingDays < 1
                || extensionsAllowed < 0) {
            throw new IllegalArgumentException("working-day periods must not be negative");
        }
    }

    /** Brief §3: yellow at 80%, input within 3 working days, verdict within 5, leader after 5 more, one extension. */
    public static DeadlinePolicy standard() {
        return new DeadlinePolicy(CHINA, 80, 3, 5, 5, 1);
    }
}
