package gov.enterprise.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LanesTest {

    @Test
    void aKeyAlwaysTakesTheSameLane() {
        var lanes = new Lanes(16);
        assertThat(lanes.of("91331000MA2AXXXX1X")).isEqualTo(lanes.of("91331000MA2AXXXX1X"));
        // pinned: instances of one service, on any JVM, must agree on a key's lane
        assertThat(lanes.of("issue-1")).isEqualTo(new Lanes(16).of("issue-1"));
        assertThat(IntStream.range(0, 16).map(i -> new Lanes(16).of("issue-" + i)).toArray())
                .isEqualTo(IntStream.range(0, 16).map(i -> lanes.of("issue-" + i)).toArray());
    }

    @Test
    void neighbouringKeysSpreadOverEveryLane() {
        var lanes = new Lanes(16);
        int[] perLane = new int[16];
        IntStream.range(0, 16_000).forEach(i -> perLane[lanes.of("issue-" + i)]++);
        assertThat(IntStream.of(perLane).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(800, 1200));
    }

    @Test
    void laneCountIsBounded() {
        assertThatThrownBy(() -> new Lanes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lanes(Lanes.MAX + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Lanes(1).of("anything")).isZero();
    }
}
