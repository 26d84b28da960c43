package gov.enterprise.oversight.figure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one issue adds to the cube: for each day its counters or its cell changed, the change, under its report day.
 * The sum of an issue's changes up to the end of a day is what it counted for then; the sum of all of them is what
 * it counts for now.
 *
 * <p>The contribution is computed from the whole {@link IssueRecord}, so a late event that reveals an earlier fact
 * (a ticket event that arrived before the issue's report) moves the counters to the days they belong to. To keep
 * the cube right, the projection applies the difference between an issue's contribution after and before a change
 * ({@link #difference}).
 */
public final class Contribution {

    private final IssueRecord issue;
    private final ZoneId zone;
    private final List<Instant> stepTimes;

    private Contribution(IssueRecord issue, ZoneId zone) {
        this.issue = issue;
        this.zone = zone;
        this.stepTimes = stepTimes(issue);
    }

    /** The changes the issue adds, by where they are recorded; empty for an issue not known to be reported. */
    public static SortedMap<DeltaKey, Counters> of(IssueRecord issue, ZoneId zone) {
        if (issue.reportedAt() == null || issue.enterprise() == null) {
            return Collections.emptySortedMap();
        }
        return new Contribution(issue, zone).changes();
    }

    /** What must be added to the cube when {@code before} becomes {@code after} ({@code before} may be null). */
    public static SortedMap<DeltaKey, Counters> difference(IssueRecord before, IssueRecord after, ZoneId zone) {
        var difference = new TreeMap<DeltaKey, Counters>(of(after, zone));
        if (before != null) {
            of(before, zone).forEach((key, counters) -> difference.merge(key, counters.negate(), Counters::plus));
        }
        difference.values().removeIf(Counters::isZero);
        return difference;
    }

    /** Where the issue stands now: its cell and counters. */
    public static Position now(IssueRecord issue) {
        if (issue.reportedAt() == null || issue.enterprise() == null) {
            return null;
        }
        return new Contribution(issue, ZoneId.of("UTC")).at(Instant.MAX);
    }

    /** An issue's cell and counters at a moment. */
    public record Position(Cell cell, Counters counters) {
    }

    private SortedMap<DeltaKey, Counters> changes() {
        LocalDate reportDay = day(issue.reportedAt());
        var changes = new TreeMap<DeltaKey, Counters>();
        Position previous = null;
        for (Instant moment : moments()) {
            Position position = at(moment);
            if (position.equals(previous)) {
                continue;
            }
            LocalDate day = day(moment);
            if (previous != null) {
                changes.merge(new DeltaKey(reportDay, previous.cell(), day), previous.counters().negate(),
                        Counters::plus);
            }
            changes.merge(new DeltaKey(reportDay, position.cell(), day), position.counters(), Counters::plus);
            previous = position;
        }
        changes.values().removeIf(Counters::isZero);
        return changes;
    }

    /** Every moment something the figures see may change, from the report on, in order. */
    private TreeSet<Instant> moments() {
        var moments = new TreeSet<Instant>();
        Instant reported = issue.reportedAt();
        moments.add(reported);
        stepTimes.forEach(moments::add);
        for (Instant fact : new Instant[] {issue.routedAt(), issue.duplicateConfirmedAt(), issue.rejectedAt(),
                issue.closing() == null ? null : issue.closing().closedAt()}) {
            if (fact != null) {
                moments.add(fact.isBefore(reported) ? reported : fact);
            }
        }
        return moments;
    }

    /** The cell and counters of the issue at {@code moment} (at or after its report). */
    Position at(Instant moment) {
        TicketStep step = stepAt(moment);
        Enterprise enterprise = issue.enterprise();
        String category = Cell.UNKNOWN;
        String department = Cell.UNKNOWN;
        if (step != null) {
            category = step.category();
            // a department that returned a misrouted ticket is not answerable for it, nor for triage rejecting it
            department = TicketState.RETURNED.equals(step.state()) ? Cell.UNKNOWN : step.department();
        } else if (known(issue.routedAt(), moment)) {
            category = issue.routedCategory();
            department = issue.routedDepartment();
        }
        var cell = new Cell(enterprise.region(), enterprise.cluster(), category, department);
        return new Position(cell, counters(step, moment));
    }

    private Counters counters(TicketStep step, Instant moment) {
        if (known(issue.duplicateConfirmedAt(), moment)) {
            return Counters.zero();
        }
        boolean handled = step != null && step.handled();
        boolean resolved = step != null && step.resolved();
        boolean rejected = !handled && known(issue.rejectedAt(), moment);
        var counters = Counters.builder()
                .set(Counter.COLLECTED, 1)
                .flag(Counter.HANDLED, handled)
                .flag(Counter.RESOLVED, resolved)
                .flag(Counter.SOLVED, resolved && TicketState.SOLVED.equals(step.outcome()))
                .flag(Counter.PENDING, !handled && !rejected)
                .flag(Counter.REJECTED, rejected)
                .flag(Counter.OVERDUE, step != null && step.overdue());
        IssueChange.Closing closing = issue.closing();
        if (step != null && TicketState.CLOSED.equals(step.state()) && closing != null
                && known(closing.closedAt(), moment)) {
            counters.set(Counter.CLOSED, 1)
                    .flag(Counter.CLOSED_ON_TIME, "ON_TIME".equals(closing.timeliness()))
                    .flag(Counter.CLOSED_ON_TIME_EXTENDED, "ON_TIME_EXTENDED".equals(closing.timeliness()))
                    .flag(Counter.CLOSED_OVERDUE, "OVERDUE".equals(closing.timeliness()))
                    .flag(Counter.SATISFIED, "SATISFIED".equals(closing.satisfaction()))
                    .flag(Counter.BASICALLY_SATISFIED, "BASICALLY_SATISFIED".equals(closing.satisfaction()))
                    .flag(Counter.DISSATISFIED, "DISSATISFIED".equals(closing.satisfaction()))
                    .flag(Counter.CLOSED_BY_DEFAULT, closing.byDefault())
                    .set(Counter.WORKING_DAYS_TO_RESOLVE, closing.workingDaysToResolve());
        }
        return counters.build();
    }

    /** The latest step in effect at {@code moment}; steps take effect in version order, never before the report. */
    private TicketStep stepAt(Instant moment) {
        List<TicketStep> steps = issue.steps();
        TicketStep current = null;
        for (int i = 0; i < steps.size(); i++) {
            if (stepTimes.get(i).isAfter(moment)) {
                break;
            }
            current = steps.get(i);
        }
        return current;
    }

    /** Step times made non-decreasing and not before the report (clocks of two services may disagree). */
    private static List<Instant> stepTimes(IssueRecord issue) {
        var times = new ArrayList<Instant>();
        Instant floor = issue.reportedAt() == null ? Instant.MIN : issue.reportedAt();
        for (TicketStep step : issue.steps()) {
            floor = step.at().isAfter(floor) ? step.at() : floor;
            times.add(floor);
        }
        return times;
    }

    private static boolean known(Instant fact, Instant moment) {
        return fact != null && !fact.isAfter(moment);
    }

    private LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, zone);
    }

    /** Sums changes by key; a helper for callers that gather many issues' contributions. */
    public static void addTo(Map<DeltaKey, Counters> total, Map<DeltaKey, Counters> changes) {
        changes.forEach((key, counters) -> total.merge(key, counters, Counters::plus));
    }
}
