package gov.enterprise.contracts.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void anIdIsAVersionSevenUuidCarryingItsMillisecond() {
        long millis = Instant.parse("2026-09-25T08:00:00.123Z").toEpochMilli();
        UUID id = EventIds.at(millis, Random.from(new SplittableRandom(1)));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void idsOfLaterMillisecondsSortLaterAsTheDatabaseComparesThem() {
        RandomGenerator random = new SplittableRandom(2);
        long start = Instant.parse("2026-09-25T08:00:00Z").toEpochMilli();
        UUID earlier = EventIds.at(start, Random.from(random));
        for (int step = 1; step <= 1_000; step++) {
            UUID later = EventIds.at(start + step, Random.from(random));
            // PostgreSQL orders uuid values by their bytes, unsigned
            assertThat(Arrays.compareUnsigned(bytes(earlier), bytes(later))).isNegative();
            assertThat(earlier).isLessThan(later);
            earlier = later;
        }
    }

    @Test
    void theLowestIdOfAMomentSplitsEarlierIdsFromLaterOnes() {
        RandomGenerator random = new SplittableRandom(3);
        Instant moment = Instant.parse("2026-09-25T08:00:00.500Z");
        UUID lowest = EventIds.lowestAt(moment);
        assertThat(lowest.version()).isEqualTo(7);
        assertThat(lowest.variant()).isEqualTo(2);
        for (int i = 0; i < 1_000; i++) {
            UUID before = EventIds.at(moment.toEpochMilli() - 1 - i, Random.from(random));
            UUID same = EventIds.at(moment.toEpochMilli(), Random.from(random));
            UUID after = EventIds.at(moment.toEpochMilli() + 1 + i, Random.from(random));
            assertThat(Arrays.compareUnsigned(bytes(before), bytes(lowest))).isNegative();
            assertThat(Arrays.compareUnsigned(bytes(same), bytes(lowest))).isNotNegative();
            assertThat(Arrays.compareUnsigned(bytes(after), bytes(lowest))).isPositive();
        }
        assertThat(EventIds.lowestAt(moment.plusNanos(999_999))).as("one millisecond, one bound").isEqualTo(lowest);
    }

    @Test
    void idsDrawnInOneMillisecondDiffer() {
        var seen = new HashSet<UUID>();
        var random = new SecureRandom();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 100_000; i++) {
            seen.add(EventIds.at(now, random));
        }
        assertThat(seen).hasSize(100_000);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
