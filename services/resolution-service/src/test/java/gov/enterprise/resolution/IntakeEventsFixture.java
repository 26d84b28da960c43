package gov.enterprise.resolution;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.intake.IssueReroutedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.Routing;
import gov.enterprise.security.fixture.UsccFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Events as intake publishes them, for tests that play intake's part. The calendar dates are 2026's: an issue routed
 * on Thursday 24 September must be accepted by Monday 28 September and resolved by Thursday 22 October (the
 * Mid-Autumn and National Day holidays skipped).
 */
public final class IntakeEventsFixture {

    public static final String USCC = UsccFixture.code("331002", 1);
    public static final String OTHER_USCC = UsccFixture.code("331003", 2);
    public static final EnterpriseFacts ACME = new EnterpriseFacts(USCC, "331002", "AUTO", "ABOVE_SCALE");

    private static final CloudEventsBinding BINDING = new CloudEventsBinding(EventCatalog.standard());
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private IntakeEventsFixture() {
    }

    /** A fresh issue id, so that tests sharing a database never meet each other's tickets. */
    public static String newIssueId() {
        return "ISS-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    public static Instant china(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MovableClock.CHINA).toInstant();
    }

    /** Routed to NRP with INV helping, on Thursday 24 September 2026 at 10:00. */
    public static EventEnvelope<IssueRoutedV1> routedToNrp(String issueId) {
        return routed(issueId, ACME, "NRP", List.of("INV"), LocalDate.parse("2026-09-28"),
                LocalDate.parse("2026-10-22"), china("2026-09-24T10:00"));
    }

    public static EventEnvelope<IssueRoutedV1> routed(String issueId, EnterpriseFacts enterprise, String lead,
                                                      List<String> co, LocalDate acceptDue, LocalDate resolveDue,
                                                      Instant routedAt) {
        var routing = new Routing("LAND", lead, co, "NORMAL", acceptDue, resolveDue, false, "rule", "R-LAND-1", 1,
                "land matters go to natural resources and planning");
        var event = new IssueRoutedV1(issueId, enterprise, "Land for the new workshop",
                "The plot promised in 2025 is not handed over", routing, routedAt.minusSeconds(600), routedAt);
        return BINDING.envelope(event, "/intake-service", issueId, routedAt);
    }

    public static EventEnvelope<IssueReroutedV1> rerouted(String issueId, String lead, String previous,
                                                          LocalDate acceptDue, LocalDate resolveDue,
                                                          Instant reroutedAt) {
        return rerouted(issueId, lead, List.of(), previous, acceptDue, resolveDue, reroutedAt);
    }

    public static EventEnvelope<IssueReroutedV1> rerouted(String issueId, String lead, List<String> co,
                                                          String previous, LocalDate acceptDue, LocalDate resolveDue,
                                                          Instant reroutedAt) {
        var routing = new Routing("POWER", lead, co, "NORMAL", acceptDue, resolveDue, false, "triage:t-1",
                null, null, "a power connection matter");
        var event = new IssueReroutedV1(issueId, ACME, "Land for the new workshop",
                "The plot promised in 2025 is not handed over", routing, previous, "misrouted", reroutedAt);
        return BINDING.envelope(event, "/intake-service", issueId, reroutedAt);
    }
}
