package gov.enterprise.oversight.messaging;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.intake.DuplicateConfirmedV1;
import gov.enterprise.contracts.intake.DuplicateFlaggedV1;
import gov.enterprise.contracts.intake.DuplicateRejectedV1;
import gov.enterprise.contracts.intake.IssueRejectedV1;
import gov.enterprise.contracts.intake.IssueReportedV1;
import gov.enterprise.contracts.intake.IssueReroutedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.contracts.resolution.ContributionAddedV1;
import gov.enterprise.contracts.resolution.ExtensionAllowedV1;
import gov.enterprise.contracts.resolution.ExtensionDecidedV1;
import gov.enterprise.contracts.resolution.ExtensionRequestedV1;
import gov.enterprise.contracts.resolution.FeedbackGivenV1;
import gov.enterprise.contracts.resolution.LightChangedV1;
import gov.enterprise.contracts.resolution.ProgressNotedV1;
import gov.enterprise.contracts.resolution.SuspensionReviewDueV1;
import gov.enterprise.contracts.resolution.TicketAcceptedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.contracts.resolution.TicketClosedV1;
import gov.enterprise.contracts.resolution.TicketEscalatedV1;
import gov.enterprise.contracts.resolution.TicketReopenedV1;
import gov.enterprise.contracts.resolution.TicketResolvedV1;
import gov.enterprise.contracts.resolution.TicketResumedV1;
import gov.enterprise.contracts.resolution.TicketReturnedV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.contracts.resolution.TicketSuspendedV1;
import gov.enterprise.contracts.resolution.TicketTransferredV1;
import gov.enterprise.contracts.visit.EnterpriseChangedV1;
import gov.enterprise.contracts.visit.EnterpriseRegisteredV1;
import gov.enterprise.contracts.visit.VisitRecordedV1;
import gov.enterprise.oversight.figure.Enterprise;
import gov.enterprise.oversight.figure.IssueChange;
import gov.enterprise.oversight.figure.VisitChange;
import java.time.Instant;
import java.util.Optional;

/**
 * The published contracts as the read models' own changes: the one place that knows the wire format, used by the
 * live listeners and by the rebuild alike. Events the figures do not need map to nothing.
 */
public final class ContractMapping {

    private ContractMapping() {
    }

    public static Optional<IssueChange> issueChange(Record event) {
        return Optional.ofNullable(switch (event) {
            case IssueReportedV1 e -> new IssueChange.Reported(e.issueId(), enterprise(e.enterprise()), e.title(),
                    code(e.channel()), e.reportedAt());
            case IssueRoutedV1 e -> new IssueChange.Routed(e.issueId(), enterprise(e.enterprise()), e.title(),
                    code(e.routing().category()), code(e.routing().leadDepartment()), e.reportedAt(), e.routedAt());
            case IssueReroutedV1 e -> new IssueChange.Routed(e.issueId(), enterprise(e.enterprise()), e.title(),
                    code(e.routing().category()), code(e.routing().leadDepartment()), null, e.reroutedAt());
            case IssueSentToTriageV1 e -> new IssueChange.SentToTriage(e.issueId(), enterprise(e.enterprise()),
                    e.sentAt());
            case DuplicateFlaggedV1 e -> new IssueChange.DuplicateFlagged(e.issueId(), e.originalIssueId(),
                    e.flaggedAt());
            case DuplicateConfirmedV1 e -> new IssueChange.DuplicateConfirmed(e.issueId(), e.originalIssueId(),
                    e.confirmedAt());
            case DuplicateRejectedV1 e -> new IssueChange.DuplicateCleared(e.issueId(), e.rejectedAt());
            case IssueRejectedV1 e -> new IssueChange.Rejected(e.issueId(), e.rejectedAt());
            case TicketAssignedV1 e -> observed(e.ticket(), e.at());
            case TicketAcceptedV1 e -> observed(e.ticket(), e.at());
            case TicketTransferredV1 e -> observed(e.ticket(), e.at());
            case TicketReturnedV1 e -> observed(e.ticket(), e.at());
            case ProgressNotedV1 e -> observed(e.ticket(), e.at());
            case ContributionAddedV1 e -> observed(e.ticket(), e.at());
            case ExtensionRequestedV1 e -> observed(e.ticket(), e.at());
            case ExtensionDecidedV1 e -> observed(e.ticket(), e.at());
            case ExtensionAllowedV1 e -> observed(e.ticket(), e.at());
            case TicketSuspendedV1 e -> observed(e.ticket(), e.at());
            case SuspensionReviewDueV1 e -> observed(e.ticket(), e.at());
            case TicketResumedV1 e -> observed(e.ticket(), e.at());
            case TicketResolvedV1 e -> observed(e.ticket(), e.at());
            case FeedbackGivenV1 e -> observed(e.ticket(), e.at());
            case TicketReopenedV1 e -> observed(e.ticket(), e.at());
            case LightChangedV1 e -> observed(e.ticket(), e.at());
            case TicketEscalatedV1 e -> new IssueChange.TicketObserved(e.ticket().issueId(),
                    enterprise(e.ticket().enterprise()), ticket(e.ticket()), null, e.escalatedTo(), e.at());
            case TicketClosedV1 e -> new IssueChange.TicketObserved(e.ticket().issueId(),
                    enterprise(e.ticket().enterprise()), ticket(e.ticket()),
                    new IssueChange.Closing(e.at(), e.timeliness(), e.satisfaction(), e.closedByDefault(),
                            e.workingDaysToResolve()), null, e.at());
            default -> null;
        });
    }

    public static Optional<VisitChange> visitChange(Record event) {
        return Optional.ofNullable(switch (event) {
            case VisitRecordedV1 e -> new VisitChange.VisitRecorded(e.visitId(), enterprise(e.enterprise()),
                    e.visitedAt(), e.recordedAt());
            case EnterpriseRegisteredV1 e -> new VisitChange.EnterpriseFiled(enterprise(e.enterprise()), e.name(),
                    e.registeredAt());
            case EnterpriseChangedV1 e -> new VisitChange.EnterpriseFiled(enterprise(e.enterprise()), e.name(),
                    e.changedAt());
            default -> null;
        });
    }

    private static IssueChange.TicketObserved observed(TicketSnapshot snapshot, Instant at) {
        return new IssueChange.TicketObserved(snapshot.issueId(), enterprise(snapshot.enterprise()), ticket(snapshot),
                null, null, at);
    }

    private static IssueChange.Ticket ticket(TicketSnapshot s) {
        return new IssueChange.Ticket(s.version(), code(s.state()), code(s.light()), code(s.department()),
                code(s.category()), code(s.outcome()), s.escalationLevel(), s.acceptDue(), s.resolveDue(),
                s.extended(), s.reopenCount(), s.reportedAt());
    }

    static Enterprise enterprise(EnterpriseFacts facts) {
        return new Enterprise(facts.uscc(), code(facts.regionCode()), code(facts.cluster()));
    }

    /**
     * States, regions, departments and the like are a small vocabulary repeated in every issue's history: one shared
     * copy of each keeps a rebuild's in-memory fold (millions of issues) small.
     */
    private static String code(String value) {
        return value == null ? null : value.intern();
    }
}
