package gov.enterprise.resolution;

import static gov.enterprise.resolution.IntakeEventsFixture.ACME;
import static gov.enterprise.resolution.IntakeEventsFixture.china;
import static gov.enterprise.resolution.IntakeEventsFixture.newIssueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.intake.CalendarYearLoadedV1;
import gov.enterprise.contracts.resolution.LightChangedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.resolution.deadline.DeadlineEvaluation;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A calendar year an administrator loads in intake reaches the tickets' clocks: a deadline set afterwards counts by
 * it, the days open tickets' lights turn are counted again by it, an older load of the same year delivered late
 * changes nothing, and an arrangement that is no calendar is dead-lettered with its reason. 2031, 2033, 2035 and 2037
 * are years no other test or bundled calendar uses.
 */
@ResolutionIntegrationTest
// the alarms a load asks to count again are moved one per transaction: each test's load walks several batches
@TestPropertySource(properties = "resolution.deadlines.recheck-batch-size=1")
class CalendarYearIT {

    private static final CloudEventsBinding BINDING = new CloudEventsBinding(EventCatalog.standard());
    private static final LocalDate NEW_YEARS_DAY = LocalDate.parse("2031-01-01");   // a Wednesday
    private static final Instant LOADED = Instant.parse("2030-11-10T02:00:00Z");

    @Autowired
    TestEnvironment env;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineEvaluation evaluation;
    @LocalServerPort
    int port;

    @Test
    void aTransferOnNewYearsEveCountsTheAcceptanceDayByTheLoadedYearAndALateOlderLoadChangesNothing() {
        String issue = assignedOn("2030-12-31T09:00", "2031-01-01", "2031-01-21");

        env.publisher().publish(loaded(2031, List.of(NEW_YEARS_DAY), LOADED));
        awaitLoaded(List.of(NEW_YEARS_DAY));
        // the same year loaded earlier, delivered after: once it is processed, the later load still stands
        var older = loaded(2031, List.of(LocalDate.parse("2031-01-02")), LOADED.minusSeconds(3600));
        env.publisher().publish(older);
        awaitProcessed(older);
        assertThat(holidays()).containsExactly(NEW_YEARS_DAY);

        clock.setTo("2030-12-31T10:00");
        var transferred = new ResolutionApi(port).act(issue, "transfer", "officer:NRP", 1,
                Map.of("toDepartment", "DRC", "reason", "An investment project approval"));

        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        // one working day after 31 December: not New Year's Day, a holiday in the loaded 2031, but the 2nd
        assertThat(transferred.text("acceptDue")).isEqualTo("2031-01-02");
    }

    @Test
    void aLoadedYearCountsAgainTheDayATicketTurnsYellowThatTheWeekdayRuleHadCounted() {
        var events = env.probe(Topics.RESOLUTION_EVENTS);
        String issue = assignedOn("2032-12-31T09:00", "2033-01-21", "2033-02-21");
        // 2033 is not loaded: 15 weekdays to 21 January, yellow once 12 are used, on the 18th
        assertThat(alarm(issue)).isEqualTo(LocalDate.parse("2033-01-18"));
        long version = version(issue);

        load(loaded(2033, List.of(LocalDate.parse("2033-01-03")), LOADED));
        assertThat(rechecksAsked()).as("asked with the load").contains(LocalDate.parse("2033-01-01"));
        assertThat(alarm(issue)).as("moved by the evaluation, not by the load")
                .isEqualTo(LocalDate.parse("2033-01-18"));

        evaluation.evaluate();
        assertThat(rechecksAsked()).as("kept while an instance may count by the old days")
                .contains(LocalDate.parse("2033-01-01"));
        assertThat(alarm(issue)).isEqualTo(LocalDate.parse("2033-01-19"));
        // an officer's action in an instance whose copy of the calendar is still the old one sets the old days
        jdbc.sql("update ticket_alarm set due_on = '2033-01-18' where issue_id = ?").param(issue).update();
        jdbc.sql("update ticket set yellow_on = '2033-01-18' where issue_id = ?").param(issue).update();
        jdbc.sql("update calendar_recheck set requested_at = now() - interval '3 minutes'").update();
        evaluation.evaluate();
        assertThat(rechecksAsked()).as("done once none may").isEmpty();
        // by the loaded year: 14 working days (3 January is a holiday), yellow once 12 are used, on the 19th
        assertThat(alarm(issue)).isEqualTo(LocalDate.parse("2033-01-19"));
        assertThat(version(issue)).as("the ticket itself is left as it was").isEqualTo(version);
        assertThat(yellowOn(issue)).as("the work queue's light days too").isEqualTo(LocalDate.parse("2033-01-19"));

        clock.setTo("2033-01-18T17:00");
        evaluation.evaluate();
        assertThat(version(issue)).as("still green on the 18th").isEqualTo(version);
        clock.setTo("2033-01-19T08:00");
        evaluation.evaluate();
        assertThat(version(issue)).as("yellow on the 19th").isEqualTo(version + 1);
        events.awaitEvent(LightChangedV1.class, e -> issue.equals(e.subject()));
    }

    @Test
    void aYearLoadedAgainWhileItsRecheckWaitsIsCheckedForAsLongAsTheLatestLoadNeeds() {
        load(loaded(2037, List.of(LocalDate.parse("2037-01-05")), LOADED));
        // as if that load had been two passes ago: done at the next evaluation, were it not loaded again
        jdbc.sql("update calendar_recheck set requested_at = now() - interval '3 minutes'"
                + " where first_day = '2037-01-01'").update();

        load(loaded(2037, List.of(LocalDate.parse("2037-01-06")), LOADED.plusSeconds(60)));
        evaluation.evaluate();

        assertThat(rechecksAsked()).as("the second load's instances may still count by the first's days")
                .contains(LocalDate.parse("2037-01-01"));
    }

    @Test
    void holidaysInTheLoadedYearBringForwardAYellowDayThatFallsBeforeIt() {
        String issue = assignedOn("2034-12-01T09:00", "2035-01-05", "2035-02-20");
        // 2035 is not loaded: 25 weekdays to 5 January, yellow once 20 are used, on 29 December
        assertThat(alarm(issue)).isEqualTo(LocalDate.parse("2034-12-29"));

        load(loaded(2035, List.of(LocalDate.parse("2035-01-01"), LocalDate.parse("2035-01-02"),
                LocalDate.parse("2035-01-03"), LocalDate.parse("2035-01-04")), LOADED));
        assertThat(rechecksAsked()).contains(LocalDate.parse("2035-01-01"));

        evaluation.evaluate();
        // by the loaded year: 21 working days, yellow once 17 are used, on 26 December, not three days later
        assertThat(alarm(issue)).isEqualTo(LocalDate.parse("2034-12-26"));
        long version = version(issue);
        clock.setTo("2034-12-26T08:00");
        evaluation.evaluate();
        assertThat(version(issue)).as("yellow on the 26th").isEqualTo(version + 1);
    }

    @Test
    void anArrangementThatIsNoCalendarIsDeadLetteredWithItsReason() {
        var deadLetters = env.probe(Topics.deadLetter(Topics.INTAKE_EVENTS));
        var notACalendar = BINDING.envelope(new CalendarYearLoadedV1(2032, List.of(LocalDate.parse("2031-05-01")),
                List.of(), "admin", LOADED), "/intake-service", CalendarYearLoadedV1.subject(2032), LOADED);

        env.publisher().publish(notACalendar);

        var parked = deadLetters.await(record -> CalendarYearLoadedV1.subject(2032).equals(record.key()));
        assertThat(EventProbe.header(parked, "dlt-reason")).contains("calendar year 2032 is not a valid arrangement");
        assertThat(jdbc.sql("select count(*) from calendar_year where year = 2032").query(Integer.class).single())
                .isZero();
    }

    /** A ticket of a new issue routed to NRP at {@code localDateTime} (China time), once it is assigned. */
    private String assignedOn(String localDateTime, String acceptDue, String resolveDue) {
        var events = env.probe(Topics.RESOLUTION_EVENTS);
        String issue = newIssueId();
        clock.setTo(localDateTime);
        env.publisher().publish(IntakeEventsFixture.routed(issue, ACME, "NRP", List.of(), LocalDate.parse(acceptDue),
                LocalDate.parse(resolveDue), china(localDateTime)));
        events.awaitEvent(TicketAssignedV1.class, e -> issue.equals(e.subject()));
        return issue;
    }

    private void load(EventEnvelope<CalendarYearLoadedV1> year) {
        env.publisher().publish(year);
        awaitProcessed(year);
    }

    private static EventEnvelope<CalendarYearLoadedV1> loaded(int year, List<LocalDate> holidays, Instant at) {
        return BINDING.envelope(new CalendarYearLoadedV1(year, holidays, List.of(), "admin", at), "/intake-service",
                CalendarYearLoadedV1.subject(year), at);
    }

    private LocalDate alarm(String issueId) {
        return jdbc.sql("select due_on from ticket_alarm where issue_id = ?").param(issueId).query(LocalDate.class)
                .single();
    }

    private List<LocalDate> rechecksAsked() {
        return jdbc.sql("select first_day from calendar_recheck order by first_day").query(LocalDate.class).list();
    }

    private LocalDate yellowOn(String issueId) {
        return jdbc.sql("select yellow_on from ticket where issue_id = ?").param(issueId).query(LocalDate.class)
                .single();
    }

    private long version(String issueId) {
        return jdbc.sql("select version from ticket where issue_id = ?").param(issueId).query(Long.class).single();
    }

    private List<LocalDate> holidays() {
        return jdbc.sql("select unnest(holidays) from calendar_year where year = 2031").query(LocalDate.class).list();
    }

    private void awaitProcessed(EventEnvelope<?> event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from processed_event where event_id = ?").param(event.id()).query(Integer.class)
                .single() == 1);
    }

    private void awaitLoaded(List<LocalDate> expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> holidays().equals(expected));
    }
}
