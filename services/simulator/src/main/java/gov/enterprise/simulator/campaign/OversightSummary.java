package gov.enterprise.simulator.campaign;

import gov.enterprise.simulator.api.ApiResponse;
import gov.enterprise.simulator.api.ServiceUnavailableException;
import gov.enterprise.simulator.api.Session;
import java.time.Duration;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** The leaders' figures: {@code GET /api/v1/oversight/summary}, read as the city's leader (all regions). */
public final class OversightSummary {

    public static final String CITY_LEADER = "leader:331000";
    public static final String PATH = "/api/v1/oversight/summary";

    private final Session session;

    public OversightSummary(Session session) {
        this.session = session;
    }

    public Figures read() {
        ApiResponse response = session.get(CITY_LEADER, PATH);
        if (response.status() == 404 || response.status() == 405) {
            throw new ServiceUnavailableException("oversight-service",
                    "GET " + PATH + " answers " + response.status() + " (the summary endpoint is not there yet)");
        }
        response.expectOk();
        JsonNode body = response.json();
        return new Figures(body.path("enterprisesVisited").asLong(-1), body.path("visits").asLong(-1),
                body.path("issuesCollected").asLong(-1), body.path("handled").asLong(-1));
    }

    /**
     * Polls until the figures satisfy {@code done} and then stop changing (two equal readings {@code settle} apart);
     * for a campaign loaded next to other data, where only a lower bound is known.
     */
    public Figures awaitStable(Predicate<Figures> done, Duration timeout, Duration settle) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Figures last = await(done, timeout, Duration.ofMillis(500));
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(settle);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            Figures now = read();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** Polls until the figures satisfy {@code done}; returns the last figures read (done or not) at the deadline. */
    public Figures await(Predicate<Figures> done, Duration timeout, Duration every) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Figures figures = read();
        while (!done.test(figures) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return figures;
            }
            figures = read();
        }
        return figures;
    }
}
