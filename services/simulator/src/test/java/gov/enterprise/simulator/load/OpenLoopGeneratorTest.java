package gov.enterprise.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class OpenLoopGeneratorTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;

    private final SimulatedTime time = new SimulatedTime(0);
    private final OpenLoopGenerator generator = new OpenLoopGenerator(time);

    @Test
    void aStalledServersQueueingDelayIsCountedForEveryRequestThatArrivedDuringTheStall() {
        // 100 requests/s for 3 s; the server serves one at a time in 1 ms and stands still from 1 s to 2 s
        var server = new FifoServer(time, 1 * MS, 1 * S, 2 * S);

        LoadResult result = generator.run(LoadPlan.of(100, Duration.ZERO, Duration.ofSeconds(3)), server);

        assertThat(result.recorded()).isEqualTo(300);
        Histogram latencies = result.recorder().responseTimeHistogram();
        // the 100 users who arrived during the stall waited 1.001 s down to 0.110 s, and the first one after it 101 ms
        assertThat(countAtLeast(latencies, 100 * MS)).isEqualTo(101);
        assertThat(countAtLeast(latencies, 500 * MS)).isEqualTo(56);
        assertThat(result.responseTime().max()).isBetween(1_000_000L, 1_002_000L);
        assertThat(result.responseTime().p90()).isGreaterThan(700_000);
        assertThat(result.responseTime().p50()).isLessThan(2_000);
    }

    @Test
    void aClosedLoopClientWouldHideTheStallButLatencyFromTheIntendedTimeDoesNot() {
        // one request in flight at a time: the classic closed-loop client, blocked for the whole stall
        var server = new FifoServer(time, 1 * MS, 1 * S, 2 * S);

        LoadResult result = generator.run(LoadPlan.of(100, Duration.ZERO, Duration.ofSeconds(3)).withMaxInFlight(1),
                server);

        assertThat(result.recorded()).isEqualTo(300);
        // measured from the actual send, the stall is one slow request among 300
        assertThat(countAtLeast(result.recorder().serviceTimeHistogram(), 100 * MS)).isEqualTo(1);
        assertThat(result.serviceTime().p99()).isLessThan(2_000);
        // measured from the intended send, every user scheduled during the stall (and the backlog after it) waited
        assertThat(countAtLeast(result.recorder().responseTimeHistogram(), 100 * MS)).isBetween(101L, 110L);
        assertThat(result.responseTime().p99()).isGreaterThan(900_000);
        // and the report says the generator could not keep its schedule
        assertThat(result.sendLag().max()).isGreaterThan(900_000);
    }

    @Test
    void warmUpAnswersAreNotRecorded() {
        var server = new FifoServer(time, 1 * MS, Long.MAX_VALUE, Long.MAX_VALUE);

        LoadResult result = generator.run(LoadPlan.of(100, Duration.ofSeconds(1), Duration.ofSeconds(2)), server);

        assertThat(result.warmupAnswers()).isEqualTo(100);
        assertThat(result.recorded()).isEqualTo(200);
        assertThat(result.scheduled()).isEqualTo(200);
        assertThat(server.received).isEqualTo(300);
    }

    @Test
    void theRequestCountBoundsTheRunBeforeItsDuration() {
        var server = new FifoServer(time, 1 * MS, Long.MAX_VALUE, Long.MAX_VALUE);

        LoadResult result = generator.run(LoadPlan.of(100, Duration.ZERO, Duration.ofSeconds(10)).withMaxRequests(50),
                server);

        assertThat(result.recorded()).isEqualTo(50);
        assertThat(server.received).isEqualTo(50);
        assertThat(time.nanoTime()).isLessThan(1 * S);
    }

    @Test
    void requestsStillUnansweredAfterTheDrainAreRecordedAsNoAnswerWithTheWaitTheyReached() {
        LoadTarget silent = (index, intended, completion) -> { };

        LoadResult result = generator.run(LoadPlan.of(10, Duration.ZERO, Duration.ofSeconds(1))
                .withDrainTimeout(Duration.ofSeconds(2)), silent);

        assertThat(result.outcomes()).isEqualTo(Map.of("no-answer", 10L));
        assertThat(result.failures()).isEqualTo(10);
        // the first request (due at 0) was given up at 0.9 s + 2 s (3 significant digits)
        assertThat(result.responseTime().max()).isBetween(2_899_000L, 2_905_000L);
        assertThat(time.nanoTime()).isLessThanOrEqualTo(3 * S);
    }

    @Test
    void requestsNeverSentBecauseEverySlotWasHeldAreRecordedNotDropped() {
        LoadTarget silent = (index, intended, completion) -> { };

        LoadResult result = generator.run(LoadPlan.of(10, Duration.ZERO, Duration.ofSeconds(1)).withMaxInFlight(1)
                .withDrainTimeout(Duration.ofSeconds(1)), silent);

        assertThat(result.sent()).isEqualTo(1);
        assertThat(result.notSent()).isEqualTo(9);
        assertThat(result.outcomes()).isEqualTo(Map.of("no-answer", 1L, "not-sent", 9L));
        assertThat(result.recorded()).isEqualTo(10);
        // the last of them was due at 0.9 s and still not sent when the run's 2 s were up
        assertThat(result.responseTime().p50()).isGreaterThanOrEqualTo(1_100_000);
    }

    @Test
    void errorsAreCountedByStatusAndStillTimed() {
        var server = new FifoServer(time, 1 * MS, Long.MAX_VALUE, Long.MAX_VALUE,
                index -> index % 10 == 0 ? Outcome.status(503, false) : Outcome.status(202, true));

        LoadResult result = generator.run(LoadPlan.of(100, Duration.ZERO, Duration.ofSeconds(3)), server);

        assertThat(result.outcomes()).isEqualTo(Map.of("202", 270L, "503", 30L));
        assertThat(result.errorRate()).isEqualTo(0.1);
        assertThat(result.recorded()).isEqualTo(300);
        assertThat(result.meets(100_000, 0.001)).isFalse();
        assertThat(result.meets(100_000, 0.2)).isTrue();
    }

    @Test
    void aTargetThatThrowsCountsAsAFailedSendNotAHole() {
        LoadTarget broken = (index, intended, completion) -> {
            throw new IllegalStateException("no connection");
        };

        LoadResult result = generator.run(LoadPlan.of(10, Duration.ZERO, Duration.ofSeconds(1)), broken);

        assertThat(result.outcomes()).isEqualTo(Map.of("send-failed", 10L));
    }

    @Test
    void theScheduleIsComputedFromTheIndexSoItNeverDrifts() {
        var schedule = new ArrivalSchedule(0, LoadPlan.of(3, Duration.ofSeconds(1), Duration.ofSeconds(2)));

        assertThat(schedule.intendedNanos(1)).isEqualTo(333_333_333L);
        assertThat(schedule.intendedNanos(3_000)).isEqualTo(1_000 * S);
        assertThat(schedule.intendedNanos(3_000_000)).isEqualTo(1_000_000 * S);
        assertThat(schedule.warmupRequests()).isEqualTo(3);
        assertThat(schedule.measuredRequests()).isEqualTo(6);
        assertThat(schedule.isMeasured(2)).isFalse();
        assertThat(schedule.isMeasured(3)).isTrue();
    }

    @Test
    void plansAreBounded() {
        assertThatThrownBy(() -> LoadPlan.of(100, Duration.ZERO, Duration.ofHours(1)))
                .hasMessageContaining("must not exceed");
        assertThatThrownBy(() -> LoadPlan.of(0, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("rate");
        assertThatThrownBy(() -> LoadPlan.of(100, Duration.ZERO, Duration.ZERO)).hasMessageContaining("duration");
    }

    private static long countAtLeast(Histogram histogram, long nanos) {
        return histogram.getCountBetweenValues(nanos / 1_000, LatencyRecorder.HIGHEST_MICROS);
    }
}
