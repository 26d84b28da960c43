package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.messaging.consumer.EventListenerContainers;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * How fast the listener works off a backlog, for each {@code ticketing.messaging.consumer.max-batch}: 1 is one
 * transaction per event (consumption before batching), the default 200 one per poll. A measurement, not a test of
 * a time: it runs only when asked for ({@code -Dbench.consumption=true}), and prints its figures.
 *
 * <p>For each setting, in a fresh database and topic prefix: the listener is stopped, {@code bench.events} step
 * events (default 20,000, on 100 keys) are appended and relayed, then the listener starts and works them off; its
 * handler does one insert per event. Throughput is counted from the first applied event to the last (the
 * {@code applied_step.at} column), so the consumer group's join is not in it.
 */
@EnabledIfSystemProperty(named = "bench.consumption", matches = "true")
class ConsumptionThroughputIT {

    @Test
    void consumeABacklogWithEachBatchSize() {
        int events = Integer.getInteger("bench.events", 20_000);
        int[] batches = Arrays.stream(System.getProperty("bench.batches", "1,200").split(","))
                .mapToInt(Integer::parseInt).toArray();
        for (int maxBatch : batches) {
            measure(events, maxBatch);
        }
    }

    private static void measure(int events, int maxBatch) {
        try (var env = TestEnvironment.create(); ConfigurableApplicationContext service = start(env, maxBatch)) {
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            MessageListenerContainer listener = service.getBean(EventListenerContainers.class).subscriptions()
                    .get("backboneEventsListener").container();
            listener.stop();
            Counters counters = service.getBean(Counters.class);
            for (int appended = 0; appended < events; appended += 1_000) {
                counters.advanceAll("bench-", 100, Math.min(1_000, events - appended));
            }
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForObject(
                    "select count(*) from outbox_event", Integer.class) == 0);

            listener.start();
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() ->
                    jdbc.queryForObject("select count(*) from applied_step", Integer.class) == events);

            Map<String, Object> figures = jdbc.queryForMap("select count(distinct tx) as transactions,"
                    + " extract(epoch from max(at) - min(at)) as seconds from applied_step");
            double seconds = ((Number) figures.get("seconds")).doubleValue();
            System.out.printf("[consumption] max-batch=%d: %d events applied in %.2f s, %.0f events/s,"
                            + " %d transactions%n", maxBatch, events, seconds, events / seconds,
                    ((Number) figures.get("transactions")).longValue());
            assertThat(DeliveryOrder.inEffects(jdbc).resent()).isZero();
        }
    }

    private static ConfigurableApplicationContext start(TestEnvironment env, int maxBatch) {
        var properties = new HashMap<String, Object>();
        properties.put("spring.datasource.url", env.jdbcUrl());
        if (env.database().username() != null) {
            properties.put("spring.datasource.username", env.database().username());
        }
        properties.put("spring.datasource.password", env.database().password());
        properties.put("spring.kafka.bootstrap-servers", env.bootstrapServers());
        properties.put("ticketing.messaging.topic-prefix", env.topicPrefix());
        properties.put("ticketing.messaging.consumer.max-batch", maxBatch);
        // the stack's services record one trace in ten
        properties.put("management.tracing.sampling.probability", "0.1");
        return new SpringApplicationBuilder(BackboneTestApplication.class).properties(properties).run();
    }
}
