package gov.enterprise.resolution.deadline;

import gov.enterprise.resolution.calendar.LoadedCalendar;
import gov.enterprise.resolution.handling.TicketPublisher;
import gov.enterprise.resolution.handling.TicketRepository;
import gov.enterprise.resolution.handling.TicketRepository.Locked;
import gov.enterprise.resolution.history.TicketHistory;
import gov.enterprise.resolution.history.TicketHistory.VersionedEvent;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every ticket's clock on to today: lights turn, overdue tickets climb the escalation ladder, suspended tickets
 * whose review date has come remind their department, and resolved tickets without a verdict in time close.
 *
 * <p>Set-based: every write of a ticket sets its alarm ({@code ticket_alarm}), the next day the evaluation must look
 * at it; the evaluation asks for the alarms that have rung by today, and nothing else. On a day when a million open
 * tickets change nothing, it reads nothing. The tickets found are changed in batches, walking the alarms in (day,
 * issue id) order, each batch in one transaction: rows are taken with {@code FOR UPDATE SKIP LOCKED}, so that
 * instances running it at once (or an officer acting on a ticket right then) never act on the same ticket twice; what
 * one skips, the next run takes. The same rows let several walks run at once
 * ({@code resolution.deadlines.evaluation-workers}, 2): each skips the batches the others hold. Each ticket taken
 * gets every step due to it, in the steps' order; each changed ticket is written with its version checked, its events
 * recorded in its history and published, as for any action; but a batch's tickets are written in one JDBC batch (and
 * their new alarms in one statement), its history in one multi-row insert and its events in one outbox append, so a
 * catch-up of hundreds of thousands of tickets costs a few statements per batch, not a few per ticket.
 */
@Component
public class DeadlineEvaluation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineEvaluation.class);

    /** One kind of change, the day it is due to a ticket (none if it is not), and the change itself. */
    private record Step(String name, Function<Ticket, Optional<LocalDate>> dueOn,
                        BiFunction<Ticket, Instant, List<TicketEvent>> change) {

        boolean due(Ticket ticket, LocalDate today) {
            return dueOn.apply(ticket).filter(day -> !day.isAfter(today)).isPresent();
        }
    }

    /** In the order they are applied to a ticket; their days are the ones its alarm is the earliest of. */
    private static final List<Step> STEPS = List.of(
            // every change of a running clock: Ticket.evaluate makes all that are due at once
            new Step("clock", Ticket::clockChangesOn, Ticket::evaluate),
            new Step("review-due", Ticket::reviewReminderOn, Ticket::remindReview),
            new Step("closes-without-feedback", Ticket::closesWithoutFeedbackOn, Ticket::closeWithoutFeedback));

    /** Before every day a ticket can have. */
    private static final LocalDate START = LocalDate.of(1, 1, 1);

    /**
     * What one evaluation changed: tickets per step (a ticket counted under the first step that changed it, with all
     * its events).
     */
    public record Result(LocalDate day, Map<String, Integer> changed, Duration took) {

        public int total() {
            return changed.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final TicketRepository tickets;
    private final TicketHistory history;
    private final TicketPublisher publisher;
    private final TransactionTemplate transactions;
    private final Deadlines deadlines;
    private final LoadedCalendar calendar;
    private final Clock clock;
    private final MeterRegistry meters;
    private final int batchSize;
    private final int workers;
    private final int recheckBatchSize;

    DeadlineEvaluation(TicketRepository tickets, TicketHistory history, TicketPublisher publisher,
                       TransactionTemplate transactions, Deadlines deadlines, LoadedCalendar calendar, Clock clock,
                       MeterRegistry meters,
                       @Value("${resolution.deadlines.evaluation-batch-size:500}") int batchSize,
                       @Value("${resolution.deadlines.evaluation-workers:2}") int workers,
                       @Value("${resolution.deadlines.recheck-batch-size:10000}") int recheckBatchSize) {
        if (batchSize < 1 || workers < 1 || recheckBatchSize < 1) {
            throw new IllegalArgumentException("evaluation batch size, workers and recheck batch size must be"
                    + " positive, got " + batchSize + ", " + workers + " and " + recheckBatchSize);
        }
        this.tickets = tickets;
        this.history = history;
        this.publisher = publisher;
        this.transactions = transactions;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
        this.meters = meters;
        this.batchSize = batchSize;
        this.workers = workers;
        this.recheckBatchSize = recheckBatchSize;
    }

    /** Evaluates every ticket as of the clock's now. */
    public Result evaluate() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = deadlines.day(now);
        var changed = new LinkedHashMap<String, Integer>();
        STEPS.forEach(step -> changed.put(step.name(), 0));
        try {
            ringRecheckedAlarms(today);
        } catch (RuntimeException e) {
            // the request stays for the next evaluation; today's lights and escalations must not wait for it
            log.warn("Could not move the alarms a calendar load asked to count again: {}", e.toString());
        }
        (workers == 1 ? walk(now, today) : walkInParallel(now, today))
                .forEach((step, count) -> changed.merge(step, count, Integer::sum));
        changed.forEach((step, count) -> {
            if (count > 0) {
                meters.counter("resolution.deadlines.changes", "step", step).increment(count);
            }
        });
        var result = new Result(today, changed, Duration.ofNanos(System.nanoTime() - started));
        meters.timer("resolution.deadlines.evaluation").record(result.took());
        if (result.total() > 0) {
            log.info("Deadline evaluation for {} changed {} ticket(s) in {} ms: {}", today, result.total(),
                    result.took().toMillis(), changed);
        }
        return result;
    }

    /**
     * A calendar year was loaded or replaced with other days: the days tickets' lights turn and their escalation
     * climbs were counted by the calendar before, and may now come earlier (a make-up working day, or a holiday
     * that shortens a period) or later (a holiday that lengthens the time to a yellow day). Asked in the load's
     * transaction; the next evaluation makes the alarms that may have moved ring, then counts each of those tickets
     * by the new calendar: a ticket with something due is changed, the others are written again with their days (and
     * alarms) counted anew.
     */
    public void recheckFrom(LocalDate firstDay) {
        tickets.askRecheckFrom(firstDay);
    }

    /**
     * Moves the alarms of the rechecks asked, in short transactions of {@code recheck-batch-size} (10,000) alarms
     * looked at each, before the walk. From the earliest first day asked, which covers every later one. A request is
     * done by the first pass that begins twice the calendar's refresh after it was (last) asked: until then an
     * officer's action in an instance whose copy of the calendar is still the old one may set its ticket's alarm by
     * the old days after the pass moved it, and each pass counts the tickets again, about once a minute. A crash
     * half-way leaves the request too; moving an alarm twice only rings it today again.
     */
    private void ringRecheckedAlarms(LocalDate today) {
        List<LocalDate> asked = tickets.rechecksAsked();
        if (asked.isEmpty()) {
            return;
        }
        Instant passStarted = tickets.databaseNow();
        LocalDate firstDay = asked.getFirst();
        int moved = 0;
        TicketRepository.AlarmsMoved chunk = new TicketRepository.AlarmsMoved(0, 0, "");
        do {
            String after = chunk.lastIssueId();
            chunk = transactions.execute(status -> tickets.ringAlarmsCountedFrom(firstDay, today, after,
                    recheckBatchSize));
            moved += chunk.moved();
        } while (chunk.looked() == recheckBatchSize);
        tickets.rechecked(asked, passStarted, calendar.refresh().multipliedBy(2));
        log.info("The calendar changed from {}: {} ticket alarm(s) ring on {} to be counted again", firstDay, moved,
                today);
    }

    /** Takes the due tickets batch by batch, in alarm order, until a batch comes back short; counts per step. */
    private Map<String, Integer> walk(Instant now, LocalDate today) {
        var counts = new HashMap<String, Integer>();
        Batch batch = new Batch(START, "", 0, Map.of());
        do {
            Batch after = batch;
            batch = transactions.execute(status -> apply(now, today, after));
            batch.changed().forEach((step, count) -> counts.merge(step, count, Integer::sum));
        } while (batch.found() == batchSize);
        return counts;
    }

    /**
     * Several walks at once, each on its own connection: most of a batch's time is the database's, and one
     * connection keeps one core of it busy. The walks leapfrog: each skips the rows another holds (they are that
     * walk's batch) and takes the next ones, exactly as instances evaluating at once do.
     */
    private Map<String, Integer> walkInParallel(Instant now, LocalDate today) {
        try (ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon()
                .name("deadline-evaluation-", 1).factory())) {
            List<Future<Map<String, Integer>>> walks = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                walks.add(pool.submit(() -> walk(now, today)));
            }
            var counts = new HashMap<String, Integer>();
            for (Future<Map<String, Integer>> walk : walks) {
                walk.get().forEach((step, count) -> counts.merge(step, count, Integer::sum));
            }
            return counts;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("deadline evaluation failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("deadline evaluation interrupted", e);
        }
    }

    /** Where a walk got to: the last position taken, how many tickets the batch found, and those changed per step. */
    private record Batch(LocalDate lastDay, String lastId, int found, Map<String, Integer> changed) {
    }

    private Batch apply(Instant now, LocalDate today, Batch after) {
        List<Locked> locked = tickets.lockDue(today, after.lastDay(), after.lastId(), batchSize);
        if (locked.isEmpty()) {
            return new Batch(after.lastDay(), after.lastId(), 0, Map.of());
        }
        // a calendar year loaded by another instance commits with its recheck request, whose alarms this walk may
        // have taken: it must count by that year too, not by its copy of the calendar before
        calendar.catchUp();
        Locked last = locked.getLast();
        var changedTickets = new ArrayList<Ticket>();
        var expected = new HashMap<String, Long>();
        var recorded = new ArrayList<VersionedEvent>();
        var published = new ArrayList<TicketPublisher.Change>();
        var counts = new HashMap<String, Integer>();
        var unchanged = new ArrayList<Ticket>();
        for (Locked taken : locked) {
            Ticket ticket = taken.ticket();
            long version = ticket.version();
            var events = new ArrayList<TicketEvent>();
            String firstStep = null;
            for (Step step : STEPS) {
                if (step.due(ticket, today)) {
                    List<TicketEvent> caused = step.change().apply(ticket, now);
                    if (firstStep == null && !caused.isEmpty()) {
                        firstStep = step.name();
                    }
                    events.addAll(caused);
                }
            }
            if (firstStep != null) {
                changedTickets.add(ticket);
                expected.put(ticket.issueId(), version);
                published.add(new TicketPublisher.Change(ticket, events));
                events.forEach(event -> recorded.add(new VersionedEvent(event, ticket.version())));
                counts.merge(firstStep, 1, Integer::sum);
            } else {
                unchanged.add(ticket);
                expected.put(ticket.issueId(), version);
            }
        }
        // a ticket with nothing due had its alarm (and stored light days) counted by a calendar since replaced: it is
        // written again, its version kept, so that its days come from today's calendar and its alarm rings on the
        // first of them, not at every evaluation until then
        var written = new ArrayList<Ticket>(changedTickets);
        written.addAll(unchanged);
        int updated = tickets.updateAll(written, ticket -> expected.get(ticket.issueId()));
        if (updated != written.size()) {
            // the rows are locked: only a bug could get here; roll the batch back rather than publish half of it
            throw new IllegalStateException("deadline evaluation updated " + updated + " of "
                    + written.size() + " locked tickets");
        }
        if (!unchanged.isEmpty()) {
            log.info("Deadline evaluation counted again the days of {} ticket(s) with nothing due by {}",
                    unchanged.size(), today);
        }
        if (!changedTickets.isEmpty()) {
            history.recordAll(recorded);
            publisher.publishAll(published);
        }
        return new Batch(last.day(), last.issueId(), locked.size(), counts);
    }
}
