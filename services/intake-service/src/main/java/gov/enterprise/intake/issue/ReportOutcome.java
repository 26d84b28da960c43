package gov.enterprise.intake.issue;

/** The answer to a report. */
public sealed interface ReportOutcome {

    /**
     * Taken in (or taken in before: {@code repeated}), with the state it reached.
     */
    record Accepted(String issueId, IssueState state, boolean repeated) implements ReportOutcome {
    }

    /** Intake has never heard of this enterprise from the visit service. */
    record UnknownEnterprise(String uscc) implements ReportOutcome {
    }

    /** The client's issue id already names a different report. */
    record IssueIdTaken(String issueId) implements ReportOutcome {
    }
}
