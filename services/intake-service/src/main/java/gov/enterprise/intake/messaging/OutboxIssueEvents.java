package gov.enterprise.intake.messaging;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.intake.DuplicateConfirmedV1;
import gov.enterprise.contracts.intake.DuplicateFlaggedV1;
import gov.enterprise.contracts.intake.DuplicateRejectedV1;
import gov.enterprise.contracts.intake.IssueRejectedV1;
import gov.enterprise.contracts.intake.IssueReportedV1;
import gov.enterprise.contracts.intake.IssueReroutedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.contracts.intake.Routing;
import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.issue.DuplicateConfirmed;
import gov.enterprise.intake.issue.DuplicateFlagged;
import gov.enterprise.intake.issue.DuplicateRejected;
import gov.enterprise.intake.issue.IssueEvent;
import gov.enterprise.intake.issue.IssueEventPublisher;
import gov.enterprise.intake.issue.IssueRejected;
import gov.enterprise.intake.issue.IssueReported;
import gov.enterprise.intake.issue.IssueRerouted;
import gov.enterprise.intake.issue.IssueRouted;
import gov.enterprise.intake.issue.IssueSentToTriage;
import gov.enterprise.intake.routing.RoutingDecision;
import gov.enterprise.messaging.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * Turns intake's domain facts into the published contracts of {@code intake.events} (keyed by issue id) and stores
 * them in the outbox, in the caller's transaction. The wire format is decided here and nowhere else.
 */
public class OutboxIssueEvents implements IssueEventPublisher {

    private final Outbox outbox;
    private final MeterRegistry meters;

    public OutboxIssueEvents(Outbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.meters = meters;
    }

    @Override
    public void publish(IssueEvent event) {
        outbox.append(contract(event), event.issueId());
        count(event);
    }

    @Override
    public void publishAll(List<? extends IssueEvent> events) {
        outbox.appendAll(events.stream().map(event -> new Outbox.Event(contract(event), event.issueId())).toList());
        events.forEach(this::count);
    }

    private Record contract(IssueEvent event) {
        return switch (event) {
            case IssueReported e -> new IssueReportedV1(e.issueId(), facts(e.enterprise()), e.title(),
                    e.description(), e.categoryHint(), e.channel().name(), e.visitId(), e.reportedBy(),
                    e.reportedAt());
            case IssueRouted e -> new IssueRoutedV1(e.issueId(), facts(e.enterprise()), e.title(), e.description(),
                    routing(e.classification(), e.routing()), e.reportedAt(), e.routing().routedAt());
            case IssueRerouted e -> new IssueReroutedV1(e.issueId(), facts(e.enterprise()), e.title(),
                    e.description(), routing(e.classification(), e.routing()), e.previousDepartment(),
                    e.returnReason(), e.routing().routedAt());
            case IssueSentToTriage e -> new IssueSentToTriageV1(e.issueId(), facts(e.enterprise()), e.reason(),
                    e.returnedBy(), e.sentAt());
            case DuplicateFlagged e -> new DuplicateFlaggedV1(e.issueId(), e.originalIssueId(), e.similarity(),
                    e.flaggedAt());
            case DuplicateConfirmed e -> new DuplicateConfirmedV1(e.issueId(), e.originalIssueId(), e.confirmedBy(),
                    e.confirmedAt());
            case DuplicateRejected e -> new DuplicateRejectedV1(e.issueId(), e.originalIssueId(), e.rejectedBy(),
                    e.rejectedAt());
            case IssueRejected e -> new IssueRejectedV1(e.issueId(), e.reason(), e.rejectedBy(), e.rejectedAt());
        };
    }

    private void count(IssueEvent event) {
        switch (event) {
            case IssueRouted e -> meters.counter("intake.issues.routed", "department",
                    e.routing().leadDepartment(), "decided_by", e.routing().byRule() ? "rule" : "triage").increment();
            case IssueRerouted e -> meters.counter("intake.issues.rerouted", "department",
                    e.routing().leadDepartment()).increment();
            case IssueSentToTriage e -> meters.counter("intake.issues.triage", "cause",
                    e.returnedBy() == null ? "unroutable" : "returned").increment();
            case IssueReported e -> meters.counter("intake.issues.reported", "channel", e.channel().name())
                    .increment();
            case DuplicateFlagged e -> meters.counter("intake.duplicates.flagged").increment();
            default -> {
            }
        }
    }

    private static EnterpriseFacts facts(Enterprise enterprise) {
        return new EnterpriseFacts(enterprise.uscc(), enterprise.regionCode(), enterprise.cluster(),
                enterprise.scale());
    }

    private static Routing routing(Classification classification, RoutingDecision decision) {
        String reason = (classification == null ? "" : "classification: " + classification.reason() + "; ")
                + "routing: " + decision.reason();
        return new Routing(decision.category(), decision.leadDepartment(), decision.coDepartments(),
                decision.priority().name(), decision.acceptDue(), decision.resolveDue(), decision.provisional(),
                decision.decidedBy(), decision.ruleId(), decision.ruleVersion(), reason);
    }
}
