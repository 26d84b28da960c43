package gov.enterprise.contracts.envelope;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Event ids: UUIDs of version 7 (RFC 9562), whose first 48 bits are the Unix time in milliseconds and whose other 74
 * are random. Ids drawn later sort later, so the indexes that store them (the outbox's, and every consumer's record
 * of the events it applied) grow at their right edge: an id written lands on the page the last one did, instead of
 * on a random page of an index larger than the database's cache, each such page also copied whole into the
 * write-ahead log after a checkpoint. Uniqueness is what consumers rely on; the randomness comes from the same kind of
 * generator as {@link UUID#randomUUID()}. Because an id carries its time, "events appended before a moment" is a range
 * of ids, which is how a consumer's record of old events is found without an index of its own.
 */
public final class EventIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EventIds() {
    }

    /** A new id for an event appended now. */
    static UUID next() {
        return at(System.currentTimeMillis(), RANDOM);
    }

    /**
     * The lowest id an event appended at {@code moment} can have: every id drawn in an earlier millisecond sorts below
     * it, as PostgreSQL compares {@code uuid} values (by their bytes, unsigned).
     */
    public static UUID lowestAt(Instant moment) {
        return new UUID((moment.toEpochMilli() & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L, 0x8000_0000_0000_0000L);
    }

    static UUID at(long epochMillis, Random random) {
        long mostSignificant = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
