package gov.enterprise.resolution.deadline;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every ticket's clock on to today: lights turn, overdue tickets climb the escalation ladder, suspended tickets
 * whose review date has come remind their department, and resolved tickets without a verdict in time close.
 *
 * <p>Set-based: each step asks the {@code ticket} table, through a partial index on the day stored when the deadline
 * was set, for the tickets that step changes today, and nothing else; on a day when a million open tickets change
 * nothing, it reads nothing. The tickets found are changed in batches, walking the index in (day, issue id) order,
 * each batch in one transaction: rows are taken with {@code FOR UPDATE SKIP LOCKED}, so that instances running it at
 * once (or an officer acting on a ticket right then) never act on the same ticket twice; what one skips, the next run
 * takes. The same rows let several walks of a step run at once ({@code resolution.deadlines.evaluation-workers}, 2):
 * each skips the batches the others hold. Each changed ticket is written with its version checked, its events
 * recorded in its history and published, as for any action; but a batch's tickets are written in one JDBC batch, its
 * history in one multi-row insert and its events in one outbox append, so a catch-up of hundreds of thousands of
 * tickets costs a few statements per batch, not a few per ticket.
 */
@Component
public class DeadlineEvaluation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineEvaluation.class);

    /**
     * One kind of change, the tickets it applies to today (the conditions mirror the ticket's own rules, and each
     * matches a partial index on its day), and the change itself.
     */
    private record Step(String name, String condition, String day,
                        BiFunction<Ticket, Instant, List<TicketEvent>> change) {
    }

    /**
     * The next day a running clock changes the ticket: its light turns yellow, turns red (the day it is overdue and
     * climbs to the department's head), or it climbs to the leader in charge; null when nothing is left to change.
     * The same expression as the index {@code ticket_clock_next}'s (migration V4): the planner uses an expression
     * index only for an equal expression.
     */
    private static final String CLOCK_NEXT = "(case when light = 'GREEN' then yellow_on"
            + " when light <> 'RED' or escalation_level = 0 then red_on"
            + " when escalation_level < 2 then further_overdue_on end)";

    private static final List<Step> STEPS = List.of(
            // one step for every change of a running clock: Ticket.evaluate makes all that are due at once
            new Step("clock", "active_due is not null and (light <> 'RED' or escalation_level < 2) and "
                    + CLOCK_NEXT + " <= :today", CLOCK_NEXT, Ticket::evaluate),
            new Step("review-due", "state = 'SUSPENDED' and not review_reminded and review_on <= :today",
                    "review_on", Ticket::remindReview),
            new Step("closes-without-feedback", "state = 'RESOLVED' and feedback_due < :today",
                    "feedback_due", Ticket::closeWithoutFeedback));

    /** Before every day a ticket can have. */
    private static final LocalDate START = LocalDate.of(1, 1, 1);

    /** What one evaluation changed, per step. */
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
    private final Clock clock;
    private final MeterRegistry meters;
    private final int batchSize;
    private final int workers;

    DeadlineEvaluation(TicketRepository tickets, TicketHistory history, TicketPublisher publisher,
                       TransactionTemplate transactions, Deadlines deadlines, Clock clock, MeterRegistry meters,
                       @Value("${resolution.deadlines.evaluation-batch-size:500}") int batchSize,
                       @Value("${resolution.deadlines.evaluation-workers:2}") int workers) {
        if (batchSize < 1 || workers < 1) {
            throw new IllegalArgumentException("evaluation batch size and workers must be positive, got "
                    + batchSize + " and " + workers);
        }
        this.tickets = tickets;
        this.history = history;
        this.publisher = publisher;
        this.transactions = transactions;
        this.deadlines = deadlines;
        this.clock = clock;
        this.meters = meters;
        this.batchSize = batchSize;
        this.workers = workers;
    }

    /** Evaluates every ticket as of the clock's now. */
    public Result evaluate() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = deadlines.day(now);
        var changed = new LinkedHashMap<String, Integer>();
        for (Step step : STEPS) {
            int count = workers == 1 ? walk(step, now, today) : walkInParallel(step, now, today);
            changed.put(step.name(), count);
            if (count > 0) {
                meters.counter("resolution.deadlines.changes", "step", step.name()).increment(count);
            }
        }
        var result = new Result(today, changed, Duration.ofNanos(System.nanoTime() - started));
        meters.timer("resolution.deadlines.evaluation").record(result.took());
        if (result.total() > 0) {
            log.info("Deadline evaluation for {} changed {} ticket(s) in {} ms: {}", today, result.total(),
                    result.took().toMillis(), changed);
        }
        return result;
    }

    /** Takes a step's tickets batch by batch, in index order, until a batch comes back short. */
    private int walk(Step step, Instant now, LocalDate today) {
        int count = 0;
        Batch batch = new Batch(START, "", 0, 0);
        do {
            Batch after = batch;
            batch = transactions.execute(status -> apply(step, now, today, after));
            count += batch.changed();
        } while (batch.found() == batchSize);
        return count;
    }

    /**
     * Several walks of one step at once, each on its own connection: most of a batch's time is the database's, and
     * one connection keeps one core of it busy. The walks leapfrog: each skips the rows another holds (they are that
     * walk's batch) and takes the next ones, exactly as instances evaluating at once do.
     */
    private int walkInParallel(Step step, Instant now, LocalDate today) {
        try (ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon()
                .name("deadline-evaluation-", 1).factory())) {
            List<Future<Integer>> walks = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                walks.add(pool.submit(() -> walk(step, now, today)));
            }
            int count = 0;
            for (Future<Integer> walk : walks) {
                count += walk.get();
            }
            return count;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("deadline step " + step.name() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("deadline step " + step.name() + " interrupted", e);
        }
    }

    /** Where a step got to: the last position taken, and what the batch found and changed. */
    private record Batch(LocalDate lastDay, String lastId, int found, int changed) {
    }

    private Batch apply(Step step, Instant now, LocalDate today, Batch after) {
        List<Locked> locked = tickets.lockNext(step.condition(), step.day(), today, after.lastDay(),
                after.lastId(), batchSize);
        if (locked.isEmpty()) {
            return new Batch(after.lastDay(), after.lastId(), 0, 0);
        }
        Locked last = locked.getLast();
        List<Ticket> found = locked.stream().map(Locked::ticket).toList();
        var changedTickets = new ArrayList<Ticket>();
        var expected = new HashMap<String, Long>();
        var recorded = new ArrayList<VersionedEvent>();
        var published = new ArrayList<TicketPublisher.Change>();
        for (Ticket ticket : found) {
            long version = ticket.version();
            List<TicketEvent> events = step.change().apply(ticket, now);
            if (!events.isEmpty()) {
                changedTickets.add(ticket);
                expected.put(ticket.issueId(), version);
                published.add(new TicketPublisher.Change(ticket, events));
                events.forEach(event -> recorded.add(new VersionedEvent(event, ticket.version())));
            }
        }
        if (changedTickets.isEmpty()) {
            // stored light days that disagree with the ticket's own rules (a calendar year replaced, say) are
            // passed over; saving those tickets again with today's calendar sets their days right
            log.warn("Deadline step {} found {} tickets it does not change", step.name(), found.size());
            return new Batch(last.day(), last.issueId(), found.size(), 0);
        }
        int updated = tickets.updateAll(changedTickets, ticket -> expected.get(ticket.issueId()));
        if (updated != changedTickets.size()) {
            // the rows are locked: only a bug could get here; roll the batch back rather than publish half of it
            throw new IllegalStateException("deadline step " + step.name() + " updated " + updated + " of "
                    + changedTickets.size() + " locked tickets");
        }
        history.recordAll(recorded);
        publisher.publishAll(published);
        return new Batch(last.day(), last.issueId(), found.size(), changedTickets.size());
    }
}
