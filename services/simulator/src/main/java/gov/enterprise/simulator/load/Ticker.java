package gov.enterprise.simulator.load;

import java.util.concurrent.locks.LockSupport;

/**
 * Time as the load generator sees it: a monotonic nanosecond clock and a way to wait for an instant on it. The real
 * one parks the thread; tests drive the generator on a simulated clock, so the accounting can be checked exactly.
 */
public interface Ticker {

    /** Monotonic time in nanoseconds (only differences mean anything). */
    long nanoTime();

    /** Returns once {@link #nanoTime()} has reached {@code deadline} (at once if it already has). */
    void sleepUntil(long deadline);

    /**
     * The machine's clock. It parks rather than spins: a spinning generator would take a core from the stack it
     * measures on a 2-core machine. Parking wakes up to ~0.1 ms late; that lateness is part of every recorded
     * latency (they are measured from the intended send time), so it can only make figures worse, never better.
     */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long deadline) {
            long remaining;
            while ((remaining = deadline - System.nanoTime()) > 0) {
                LockSupport.parkNanos(remaining);
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw new LoadAbortedException("interrupted while waiting for the next send time");
                }
            }
        }
    };
}
