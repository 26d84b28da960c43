package gov.enterprise.oversight;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.intake.DuplicateConfirmedV1;
import gov.enterprise.contracts.intake.DuplicateFlaggedV1;
import gov.enterprise.contracts.intake.IssueRejectedV1;
import gov.enterprise.contracts.intake.IssueReportedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.contracts.intake.Routing;
import gov.enterprise.contracts.resolution.LightChangedV1;
import gov.enterprise.contracts.resolution.TicketAcceptedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.contracts.resolution.TicketClosedV1;
import gov.enterprise.contracts.resolution.TicketEscalatedV1;
import gov.enterprise.contracts.resolution.TicketResolvedV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.contracts.resolution.TicketSuspendedV1;
import gov.enterprise.contracts.resolution.TicketTransferredV1;
import gov.enterprise.contracts.visit.EnterpriseRegisteredV1;
import gov.enterprise.contracts.visit.VisitRecordedV1;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Events of a campaign, built with the published contract records the way the visit, intake and resolution services
 * publish them: enterprises, visits, issues and their tickets. Times are Beijing time.
 */
final class Campaign {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final EventCatalog CATALOG = EventCatalog.standard();

    private final List<EventEnvelope<?>> events = new ArrayList<>();

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    static EnterpriseFacts enterprise(String uscc, String region, String cluster) {
        return new EnterpriseFacts(uscc, region, cluster, "ABOVE_SCALE");
    }

    /** Every event built so far, in the order built. */
    List<EventEnvelope<?>> events() {
        return List.copyOf(events);
    }

    /** Forgets the events built so far (to publish a later batch on its own). */
    List<EventEnvelope<?>> take() {
        var taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    <T extends Record> EventEnvelope<T> add(String subject, Instant time, T data) {
        @SuppressWarnings("unchecked")
        EventType<T> type = (EventType<T>) CATALOG.forPayload(data.getClass()).orElseThrow();
        var envelope = new EventEnvelope<>(UUID.randomUUID(), type.name(), "/campaign-test", subject, time, data);
        events.add(envelope);
        return envelope;
    }

    Campaign registered(EnterpriseFacts enterprise, String name, String at) {
        add(enterprise.uscc(), at(at), new EnterpriseRegisteredV1(enterprise, name, List.of(), at(at)));
        return this;
    }

    EventEnvelope<VisitRecordedV1> visit(String visitId, EnterpriseFacts enterprise, String at) {
        return add(enterprise.uscc(), at(at), new VisitRecordedV1(visitId, enterprise, "c-17", at(at), "ON_SITE",
                "visit", List.of(), at(at)));
    }

    Campaign reported(String issue, EnterpriseFacts enterprise, String at) {
        add(issue, at(at), new IssueReportedV1(issue, enterprise, "title of " + issue, "description", null, "VISIT",
                null, "cadre:c-17", at(at)));
        return this;
    }

    Campaign routed(String issue, EnterpriseFacts enterprise, String category, String department,
                    String reportedAt, String at) {
        var routing = new Routing(category, department, List.of(), "NORMAL", LocalDate.parse("2026-11-02"),
                LocalDate.parse("2026-11-20"), false, "rule", "r-1", 1, "test routing");
        add(issue, at(at), new IssueRoutedV1(issue, enterprise, "title of " + issue, "description", routing,
                at(reportedAt), at(at)));
        return this;
    }

    Campaign sentToTriage(String issue, EnterpriseFacts enterprise, String at) {
        add(issue, at(at), new IssueSentToTriageV1(issue, enterprise, "no rule", null, at(at)));
        return this;
    }

    Campaign rejected(String issue, String at) {
        add(issue, at(at), new IssueRejectedV1(issue, "not an enterprise matter", "triage:t-1", at(at)));
        return this;
    }

    Campaign duplicate(String issue, String original, String flaggedAt, String confirmedAt) {
        add(issue, at(flaggedAt), new DuplicateFlaggedV1(issue, original, 0.93, at(flaggedAt)));
        add(issue, at(confirmedAt), new DuplicateConfirmedV1(issue, original, "triage:t-1", at(confirmedAt)));
        return this;
    }

    Ticket ticket(String issue, EnterpriseFacts enterprise, String category, String reportedAt, String resolveDue) {
        return new Ticket(issue, enterprise, category, at(reportedAt), LocalDate.parse(resolveDue));
    }

    /** A ticket's life as resolution publishes it: every event with the snapshot after it. */
    final class Ticket {

        private final String issue;
        private final EnterpriseFacts enterprise;
        private final String category;
        private final Instant reportedAt;
        private final LocalDate resolveDue;
        private LocalDate acceptDue;
        private String department;
        private String state;
        private String light = "GREEN";
        private String outcome;
        private int escalation;
        private long version;
        private Instant assignedAt;

        Ticket(String issue, EnterpriseFacts enterprise, String category, Instant reportedAt, LocalDate resolveDue) {
            this.issue = issue;
            this.enterprise = enterprise;
            this.category = category;
            this.reportedAt = reportedAt;
            this.resolveDue = resolveDue;
            this.acceptDue = resolveDue.minusDays(14);
        }

        /** The acceptance deadline the snapshots carry (set before {@link #assigned}). */
        Ticket acceptBy(String day) {
            acceptDue = LocalDate.parse(day);
            return this;
        }

        private TicketSnapshot next(String newState) {
            state = newState;
            version++;
            return new TicketSnapshot(issue, enterprise, category, department, List.of(), state, light,
                    acceptDue, resolveDue, escalation, false, 0, outcome, version, reportedAt,
                    assignedAt);
        }

        Ticket assigned(String toDepartment, String at) {
            department = toDepartment;
            assignedAt = at(at);
            add(issue, at(at), new TicketAssignedV1(next("ASSIGNED"), "ROUTED", at(at)));
            return this;
        }

        Ticket accepted(String at) {
            add(issue, at(at), new TicketAcceptedV1(next("ACCEPTED"), "officer:" + department, at(at)));
            return this;
        }

        Ticket transferred(String toDepartment, String at) {
            String from = department;
            department = toDepartment;
            TicketSnapshot snapshot = next("ASSIGNED");
            add(issue, at(at), new TicketTransferredV1(snapshot, from, toDepartment, "not ours", "officer:" + from,
                    at(at)));
            add(issue, at(at), new TicketAssignedV1(snapshot, "TRANSFERRED", at(at)));
            return this;
        }

        Ticket red(String at) {
            String previous = light;
            light = "RED";
            add(issue, at(at), new LightChangedV1(next(state), previous, at(at)));
            return this;
        }

        Ticket escalated(int level, String to, String at) {
            escalation = level;
            add(issue, at(at), new TicketEscalatedV1(next(state), level, to, "OVERDUE", at(at)));
            return this;
        }

        Ticket suspended(String at) {
            add(issue, at(at), new TicketSuspendedV1(next("SUSPENDED"),
                    "needs a policy change", LocalDate.parse("2027-01-15"), "officer:" + department, at(at)));
            return this;
        }

        Ticket resolved(String result, String at) {
            outcome = result;
            add(issue, at(at), new TicketResolvedV1(next("RESOLVED"), result, "answer", null,
                    "officer:" + department, at(at)));
            return this;
        }

        Ticket closed(String timeliness, String satisfaction, boolean byDefault, int workingDays, String at) {
            add(issue, at(at), new TicketClosedV1(next("CLOSED"), satisfaction, byDefault, timeliness, workingDays,
                    at(at)));
            return this;
        }

        Campaign done() {
            return Campaign.this;
        }
    }
}
