package gov.enterprise.oversight.rebuild;

import gov.enterprise.oversight.config.OversightProperties;
import gov.enterprise.oversight.messaging.TopicReplay;
import gov.enterprise.oversight.projection.IssueProjection;
import gov.enterprise.oversight.projection.VisitProjection;
import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.oversight.readmodel.Generations;
import gov.enterprise.web.problem.Problems;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the read models from the topics into a new generation while the ACTIVE one keeps answering, then switches.
 *
 * <ol>
 * <li><b>Bulk</b>: note each partition's end offset, read every topic from its beginning to there outside any
 *     consumer group, fold the issues and visits in memory and write them with COPY. Intake and resolution are keyed
 *     by issue id with one partitioner: with equal partition counts, partition p of both holds the same issues, so
 *     they are folded one partition at a time; each is written while the next is read ({@link WriteBehind}), so
 *     memory holds at most two partitions' issues.</li>
 * <li><b>Catch-up</b>: mark the generation CATCHING_UP (from then on the live listeners write every event to it as
 *     well), then apply, one by one like the listeners, what was published between the bulk's end offsets and the
 *     end offsets noted after the mark. Every event is then in the new generation: those before the mark by the bulk
 *     or the catch-up, those after it by the listeners; applying one twice changes nothing.</li>
 * <li><b>Switch</b>: the new generation becomes ACTIVE in one update; the old one is RETIRED and kept until the next
 *     rebuild (dropped then).</li>
 * </ol>
 */
@Service
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    /** A rebuild that has not reported progress for this long is taken for dead (its instance stopped). */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Generations generations;
    private final TopicReplay replay;
    private final IssueProjection issues;
    private final VisitProjection visits;
    private final DataSource dataSource;
    private final ZoneId zone;
    private final ObjectProvider<RebuildObserver> observers;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("read-model-rebuild").factory());

    public Rebuild(Generations generations, TopicReplay replay, IssueProjection issues, VisitProjection visits,
                   DataSource dataSource, OversightProperties properties, ObjectProvider<RebuildObserver> observers) {
        this.generations = generations;
        this.replay = replay;
        this.issues = issues;
        this.visits = visits;
        this.dataSource = dataSource;
        this.zone = properties.zone();
        this.observers = observers;
    }

    /** A rebuild under way: its generation, and its run. */
    public record Started(Generation generation, Future<Generation> run) {
    }

    /** Starts a rebuild in the background; 409 while another one is under way. */
    public Started start() {
        failAbandoned();
        Generation generation;
        try {
            generation = generations.createForRebuild();
        } catch (DataIntegrityViolationException e) {
            throw Problems.conflict("rebuild-running", "A rebuild of the read models is already under way");
        }
        log.info("Rebuilding the read models into generation {} (schema {})", generation.number(),
                generation.schema());
        return new Started(generation, runner.submit(() -> run(generation)));
    }

    private Generation run(Generation generation) {
        var progress = new Progress(generation);
        var bulk = new BulkLoad(dataSource, generation, zone);
        // long SQL steps report no events: a heartbeat keeps the rebuild from being taken for abandoned
        Thread heartbeat = Thread.ofVirtual().name("rebuild-heartbeat").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(HEARTBEAT.toMillis());
                    try {
                        progress.report();
                    } catch (RuntimeException e) {
                        // one lost report must not end the heartbeat: a silent rebuild is failed as abandoned
                        log.warn("Generation {}: could not report progress: {}", generation.number(), e.toString());
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            long started = System.nanoTime();
            Map<String, Map<Integer, Long>> bulkEnd = ends();
            bulk.begin();
            long bulkEvents;
            try (var writes = new WriteBehind()) {
                bulkEvents = loadIssues(bulk, bulkEnd, progress, writes)
                        + loadVisits(bulk, bulkEnd, progress, writes);
                writes.await();
            }
            long summing = System.nanoTime();
            bulk.finish();
            log.info("Generation {}: read and folded in {} s, written in {} s (each group while the next was read),"
                    + " cube summed in {} s", generation.number(), round(progress.readingNanos / 1e9),
                    round(progress.writingNanos.get() / 1e9), round(seconds(summing)));
            double bulkSeconds = seconds(started);
            generations.recordBulk(generation, bulkEvents, bulkSeconds);
            log.info("Generation {}: bulk load of {} events in {} s ({} events/s)", generation.number(), bulkEvents,
                    round(bulkSeconds), bulkSeconds == 0 ? "-" : Math.round(bulkEvents / bulkSeconds));

            tell(generation, RebuildObserver.Phase.BULK_LOADED);

            long catchUpStarted = System.nanoTime();
            generations.markCatchingUp(generation);
            tell(generation, RebuildObserver.Phase.CATCHING_UP);
            Map<String, Map<Integer, Long>> catchUpEnd = ends();
            long catchUpEvents = catchUp(generation, bulkEnd, catchUpEnd, progress);
            generations.recordCatchUp(generation, catchUpEvents, seconds(catchUpStarted));
            progress.report();

            Generation active = generations.activate(generation);
            generations.dropStale();
            tell(active, RebuildObserver.Phase.ACTIVE);
            log.info("Generation {} is ACTIVE: {} events in {} s", generation.number(), progress.read.get(),
                    round(seconds(started)));
            return active;
        } catch (Exception e) {
            log.error("Rebuild into generation {} failed", generation.number(), e);
            bulk.abandon();
            generations.fail(generation, e.toString());
            throw new IllegalStateException("rebuild failed: " + e.getMessage(), e);
        } finally {
            heartbeat.interrupt();
        }
    }

    private void tell(Generation generation, RebuildObserver.Phase phase) {
        observers.orderedStream().forEach(observer -> observer.reached(generation, phase));
    }

    private long loadIssues(BulkLoad bulk, Map<String, Map<Integer, Long>> end, Progress progress,
                            WriteBehind writes) throws Exception {
        Map<Integer, Long> intakeEnd = end.get(TopicReplay.INTAKE);
        Map<Integer, Long> resolutionEnd = end.get(TopicReplay.RESOLUTION);
        Map<Integer, Long> intakeStart = replay.beginningOffsets(TopicReplay.INTAKE);
        Map<Integer, Long> resolutionStart = replay.beginningOffsets(TopicReplay.RESOLUTION);
        long read = 0;
        for (List<Integer> group : groups(intakeEnd, resolutionEnd)) {
            long reading = System.nanoTime();
            var fold = new IssueFold();
            read += replay.replayIssues(TopicReplay.INTAKE, only(intakeStart, group), only(intakeEnd, group),
                    change -> {
                        fold.apply(change);
                        progress.tick();
                    });
            read += replay.replayIssues(TopicReplay.RESOLUTION, only(resolutionStart, group),
                    only(resolutionEnd, group), change -> {
                        fold.apply(change);
                        progress.tick();
                    });
            progress.readingNanos += System.nanoTime() - reading;
            writes.submit(progress.timed(() -> bulk.issues(fold.issues())));
        }
        return read;
    }

    private long loadVisits(BulkLoad bulk, Map<String, Map<Integer, Long>> end, Progress progress,
                            WriteBehind writes) throws Exception {
        Map<Integer, Long> visitEnd = end.get(TopicReplay.VISITS);
        Map<Integer, Long> visitStart = replay.beginningOffsets(TopicReplay.VISITS);
        long read = 0;
        // keyed by enterprise: each partition holds whole enterprises
        for (Integer partition : visitEnd.keySet()) {
            long reading = System.nanoTime();
            var fold = new VisitFold(zone);
            read += replay.replayVisits(TopicReplay.VISITS, only(visitStart, List.of(partition)),
                    only(visitEnd, List.of(partition)), change -> {
                        fold.apply(change);
                        progress.tick();
                    });
            progress.readingNanos += System.nanoTime() - reading;
            writes.submit(progress.timed(() -> bulk.visits(fold)));
        }
        return read;
    }

    private long catchUp(Generation generation, Map<String, Map<Integer, Long>> from,
                         Map<String, Map<Integer, Long>> to, Progress progress) {
        long read = 0;
        for (String topic : List.of(TopicReplay.INTAKE, TopicReplay.RESOLUTION)) {
            read += replay.replayIssues(topic, from.get(topic), to.get(topic), change -> {
                issues.applyTo(generation, change);
                progress.tick();
            });
        }
        read += replay.replayVisits(TopicReplay.VISITS, from.get(TopicReplay.VISITS), to.get(TopicReplay.VISITS),
                change -> {
                    visits.applyTo(generation, change);
                    progress.tick();
                });
        return read;
    }

    private Map<String, Map<Integer, Long>> ends() {
        var ends = new TreeMap<String, Map<Integer, Long>>();
        for (String topic : List.of(TopicReplay.VISITS, TopicReplay.INTAKE, TopicReplay.RESOLUTION)) {
            ends.put(topic, replay.endOffsets(topic));
        }
        return ends;
    }

    /** One group per partition when intake and resolution are partitioned alike, else one group of all. */
    private static List<List<Integer>> groups(Map<Integer, Long> intake, Map<Integer, Long> resolution) {
        var groups = new ArrayList<List<Integer>>();
        if (intake.keySet().equals(resolution.keySet())) {
            intake.keySet().forEach(partition -> groups.add(List.of(partition)));
        } else {
            var all = new ArrayList<>(intake.keySet());
            resolution.keySet().stream().filter(p -> !intake.containsKey(p)).forEach(all::add);
            groups.add(all);
        }
        return groups;
    }

    private static Map<Integer, Long> only(Map<Integer, Long> offsets, List<Integer> partitions) {
        var selected = new TreeMap<Integer, Long>();
        partitions.forEach(partition -> {
            if (offsets.containsKey(partition)) {
                selected.put(partition, offsets.get(partition));
            }
        });
        return selected;
    }

    /**
     * Fails rebuilds whose instance stopped reporting, so that a new one can start and the live listeners stop writing
     * to their generation: before each start, and on a schedule (the {@code abandonedRebuildCheck} chore).
     */
    public void failAbandoned() {
        for (Generation generation : generations.failSilent(ABANDONED_AFTER,
                "abandoned: no progress for " + ABANDONED_AFTER)) {
            log.warn("Rebuild into generation {} stopped reporting progress; failed it", generation.number());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    /** Counts events read and reports them (which also shows the rebuild is alive) every few seconds. */
    private final class Progress {

        private final Generation generation;
        private final AtomicLong read = new AtomicLong();
        private long readingNanos;
        private final AtomicLong writingNanos = new AtomicLong();
        private volatile long reportedAt = System.nanoTime();

        Progress(Generation generation) {
            this.generation = generation;
        }

        void tick() {
            read.incrementAndGet();
            if (System.nanoTime() - reportedAt > Duration.ofSeconds(5).toNanos()) {
                report();
            }
        }

        /** A write whose time is added to the writing time, reported once done. */
        WriteBehind.Write timed(WriteBehind.Write write) {
            return () -> {
                long writing = System.nanoTime();
                write.run();
                writingNanos.addAndGet(System.nanoTime() - writing);
                report();
            };
        }

        synchronized void report() {
            reportedAt = System.nanoTime();
            generations.recordProgress(generation, read.get());
        }
    }
}
