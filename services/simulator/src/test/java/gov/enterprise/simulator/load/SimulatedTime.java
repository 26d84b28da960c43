package gov.enterprise.simulator.load;

import java.util.PriorityQueue;

/**
 * A fake clock that is also a tiny discrete-event simulator: waiting until an instant runs, in time order, every
 * event scheduled up to it. The generator runs on it single-threaded and deterministically, so a test can say
 * exactly when a fake server answers and check what the generator recorded.
 */
final class SimulatedTime implements Ticker {

    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private long now;
    private long sequence;

    SimulatedTime(long start) {
        this.now = start;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleepUntil(long deadline) {
        while (!events.isEmpty() && events.peek().at <= deadline) {
            Event next = events.poll();
            now = Math.max(now, next.at);
            next.action.run();
        }
        now = Math.max(now, deadline);
    }

    void at(long when, Runnable action) {
        events.add(new Event(Math.max(when, now), sequence++, action));
    }

    private record Event(long at, long sequence, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
