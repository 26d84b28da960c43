package gov.enterprise.oversight;

import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.TestEnvironment;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishes events through the real broker and waits until the service has consumed every one of them. */
final class Delivery {

    private final TestEnvironment env;
    private final JdbcClient jdbc;
    private final Set<UUID> published = new HashSet<>();

    Delivery(TestEnvironment env, JdbcClient jdbc) {
        this.env = env;
        this.jdbc = jdbc;
    }

    /** Publishes the events in order (each to its own topic) and waits until all are consumed. */
    void publishAndAwait(Collection<? extends EventEnvelope<?>> events) {
        events.forEach(this::publish);
        awaitConsumed();
    }

    void publish(EventEnvelope<?> event) {
        env.publisher().publish(event);
        published.add(event.id());
    }

    /** Until every distinct event id published so far is recorded as processed by the service's consumers. */
    void awaitConsumed() {
        long deadline = System.nanoTime() + EventProbe.DEFAULT_TIMEOUT.toNanos();
        while (processed() < published.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service consumed " + processed() + " of " + published.size()
                        + " events");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long processed() {
        return jdbc.sql("select count(*) from processed_event").query(Long.class).single();
    }
}
