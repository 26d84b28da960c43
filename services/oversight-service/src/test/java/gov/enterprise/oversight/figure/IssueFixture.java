package gov.enterprise.oversight.figure;

import gov.enterprise.security.fixture.UsccFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.SortedMap;

/** Issues and their changes, written the way the domain speaks; times are Beijing time. */
final class IssueFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Enterprise ACME = new Enterprise(UsccFixture.code("331002", 1), "331002", "AUTO");

    private IssueFixture() {
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    static LocalDate on(String date) {
        return LocalDate.parse(date);
    }

    static IssueChange.Reported reported(String issue, String at) {
        return new IssueChange.Reported(issue, ACME, "need land", "VISIT", at(at));
    }

    static IssueChange.Routed routed(String issue, String department, String reportedAt, String at) {
        return new IssueChange.Routed(issue, ACME, "need land", "LAND", department, at(reportedAt), at(at));
    }

    static IssueChange.TicketObserved ticket(String issue, long version, String state, String light,
                                             String department, String outcome, String reportedAt, String at) {
        var ticket = new IssueChange.Ticket(version, state, light, department, "LAND", outcome, 0,
                on("2026-09-28"), on("2026-10-22"), false, 0, at(reportedAt));
        return new IssueChange.TicketObserved(issue, ACME, ticket, null, null, at(at));
    }

    static IssueChange.TicketObserved closed(String issue, long version, String outcome, String timeliness,
                                             String satisfaction, int workingDays, String reportedAt, String at) {
        var ticket = new IssueChange.Ticket(version, "CLOSED", "GREEN", "NRP", "LAND", outcome, 0,
                on("2026-09-28"), on("2026-10-22"), false, 0, at(reportedAt));
        return new IssueChange.TicketObserved(issue, ACME, ticket,
                new IssueChange.Closing(at(at), timeliness, satisfaction, false, workingDays), null, at(at));
    }

    static IssueRecord record(String issue, IssueChange... changes) {
        var record = new IssueRecord(issue);
        for (IssueChange change : changes) {
            record.apply(change);
        }
        return record;
    }

    /** The issue's counters as they stood at the end of {@code day}, summed over its cells. */
    static Counters asOf(IssueRecord record, LocalDate day) {
        return sum(Contribution.of(record, ZONE), day);
    }

    static Counters sum(SortedMap<DeltaKey, Counters> changes, LocalDate day) {
        Counters total = Counters.zero();
        for (Map.Entry<DeltaKey, Counters> entry : changes.entrySet()) {
            if (!entry.getKey().effectiveDay().isAfter(day)) {
                total = total.plus(entry.getValue());
            }
        }
        return total;
    }

    static Counters counters(Counter... on) {
        var builder = Counters.builder();
        for (Counter counter : on) {
            builder.add(counter, 1);
        }
        return builder.build();
    }
}
