package gov.enterprise.intake.issue;

/** Where an issue stands in intake (brief §3). */
public enum IssueState {
    /** Collected; about to be routed, sent to triage or flagged. */
    REPORTED,
    /** A lead department has it (its ticket lives in the resolution service). */
    ROUTED,
    /** Waiting for a person: nothing fitted, a duplicate flag, or returned as misrouted (一事一议). */
    TRIAGE,
    /** Confirmed as a repeat of an earlier issue and merged into it: not counted again. */
    DUPLICATE,
    /** Triage found nothing a department can act on. */
    REJECTED
}
