package gov.enterprise.oversight.figure;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/** A value of every {@link Counter}: what one issue contributes at a moment, or the sum over many issues. */
public final class Counters {

    public static final List<Counter> ALL = List.of(Counter.all());

    private static final Counters ZERO = new Counters(new long[ALL.size()]);

    private final long[] values;

    private Counters(long[] values) {
        this.values = values;
    }

    public static Counters zero() {
        return ZERO;
    }

    /** The counters in {@link Counter} order, e.g. a row read from a cube table. */
    public static Counters of(long... values) {
        if (values.length != ALL.size()) {
            throw new IllegalArgumentException("expected " + ALL.size() + " counters, got " + values.length);
        }
        return new Counters(values.clone());
    }

    public static Builder builder() {
        return new Builder();
    }

    public long get(Counter counter) {
        return values[counter.ordinal()];
    }

    public Counters plus(Counters other) {
        long[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new Counters(sum);
    }

    public Counters minus(Counters other) {
        return plus(other.negate());
    }

    public Counters negate() {
        long[] negated = new long[values.length];
        for (int i = 0; i < negated.length; i++) {
            negated[i] = -values[i];
        }
        return new Counters(negated);
    }

    public boolean isZero() {
        for (long value : values) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    /** The counters in {@link Counter} order (a copy). */
    public long[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Counters counters && Arrays.equals(values, counters.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        var text = new StringJoiner(", ", "{", "}");
        for (Counter counter : ALL) {
            if (get(counter) != 0) {
                text.add(counter.column() + "=" + get(counter));
            }
        }
        return text.toString();
    }

    public static final class Builder {

        private final long[] values = new long[ALL.size()];

        private Builder() {
        }

        public Builder set(Counter counter, long value) {
            values[counter.ordinal()] = value;
            return this;
        }

        public Builder add(Counter counter, long value) {
            values[counter.ordinal()] += value;
            return this;
        }

        public Builder flag(Counter counter, boolean on) {
            return set(counter, on ? 1 : 0);
        }

        public Counters build() {
            return new Counters(values.clone());
        }
    }
}
