package gov.enterprise.intake.deadline;

import java.time.LocalDate;

/**
 * The last working days to accept and to resolve an issue.
 *
 * @param provisional part of the period lies in a year whose official calendar is not loaded yet (counted by
 *                    weekdays), so the dates may move once it is
 */
public record Deadlines(LocalDate acceptDue, LocalDate resolveDue, boolean provisional, SlaPolicy policy) {
}
