package gov.enterprise.intake.deadline;

/**
 * Deadlines in working days for issues of a category and priority ({@code null} = any), counted from the day the
 * issue is routed: accept within {@code acceptWorkingDays}, resolve within {@code resolveWorkingDays}.
 */
public record SlaPolicy(String category, Priority priority, int acceptWorkingDays, int resolveWorkingDays) {

    /** Brief §3: accept within 1 working day, resolve within 15. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(null, null, 1, 15);

    public static final int MAX_WORKING_DAYS = 250;

    public SlaPolicy {
        category = category == null || category.isBlank() || category.equals("*") ? null : category;
        if (acceptWorkingDays < 0 || acceptWorkingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("acceptWorkingDays must be 0 to " + MAX_WORKING_DAYS);
        }
        if (resolveWorkingDays < 1 || resolveWorkingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("resolveWorkingDays must be 1 to " + MAX_WORKING_DAYS);
        }
        if (resolveWorkingDays < acceptWorkingDays) {
            throw new IllegalArgumentException("resolveWorkingDays must not be shorter than acceptWorkingDays");
        }
    }

    /** {@code LAND/URGENT: accept 1, resolve 10 working days}. */
    public String describe() {
        return (category == null ? "*" : category) + "/" + (priority == null ? "*" : priority.name())
                + ": accept " + acceptWorkingDays + ", resolve " + resolveWorkingDays + " working days";
    }
}
