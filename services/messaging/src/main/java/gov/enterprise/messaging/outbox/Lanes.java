package gov.enterprise.messaging.outbox;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits the outbox by message key into a fixed number of lanes. All events of one key share a lane, and a lane is
 * relayed by at most one relay at a time, so several relays keep each key's order while sharing the work.
 * The hash is {@link String#hashCode()} (fixed by the language specification, so stable across JVMs and versions)
 * spread by a finaliser; the lane is stored with the row, which is why the count must not change while rows wait.
 */
public record Lanes(int count) {

    public static final int MAX = 1024;

    public Lanes {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("lanes must be between 1 and " + MAX + ", got " + count);
        }
    }

    /** Every lane, in order. */
    public List<Integer> all() {
        return IntStream.range(0, count).boxed().toList();
    }

    public int of(String key) {
        return Math.floorMod(spread(key.hashCode()), count);
    }

    /** The murmur3 32-bit finaliser: neighbouring keys ("issue-1", "issue-2") land in unrelated lanes. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
