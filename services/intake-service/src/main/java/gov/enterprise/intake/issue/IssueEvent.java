package gov.enterprise.intake.issue;

/** A fact about an issue that other contexts learn from intake's published events. */
public sealed interface IssueEvent permits IssueReported, IssueRouted, IssueRerouted, IssueSentToTriage,
        DuplicateFlagged, DuplicateConfirmed, DuplicateRejected, IssueRejected {

    String issueId();
}
