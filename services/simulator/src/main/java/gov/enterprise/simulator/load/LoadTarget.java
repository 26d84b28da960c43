package gov.enterprise.simulator.load;

/**
 * What the generator sends requests to. {@link #send} must not wait for the answer: it starts the request and
 * returns, and the answer (or failure) is reported through {@code completion}, exactly once, from any thread.
 */
@FunctionalInterface
public interface LoadTarget {

    /**
     * @param index        the request's position in the schedule (0-based, warm-up included)
     * @param intendedNanos when the schedule meant it to be sent
     * @param completion   to be told how it ended
     */
    void send(long index, long intendedNanos, Completion completion);

    /** Reports how one request ended; later calls for the same request are ignored. */
    @FunctionalInterface
    interface Completion {
        void complete(Outcome outcome);
    }
}
