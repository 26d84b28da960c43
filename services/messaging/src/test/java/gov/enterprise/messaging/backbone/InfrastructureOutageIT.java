package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.infra.KafkaBroker;
import gov.enterprise.infra.PostgresServer;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.messaging.consumer.EventListenerContainers;
import gov.enterprise.messaging.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The broker and the database go away and come back, under a running service: nothing is lost, duplicated in
 * effect, reordered or dead-lettered. This class runs its own broker and PostgreSQL (fixed ports, kept data
 * directories) so it can stop and restart them; the shared ones of the other tests stay untouched.
 */
class InfrastructureOutageIT {

    static Path kafkaData;
    static Path postgresData;
    static int kafkaPort;
    static int controllerPort;
    static int postgresPort;
    static KafkaBroker broker;
    static PostgresServer postgres;
    static ConfigurableApplicationContext service;

    @BeforeAll
    static void startInfrastructureAndService() throws IOException {
        kafkaData = Files.createTempDirectory("outage-kafka");
        postgresData = Files.createTempDirectory("outage-postgres");
        kafkaPort = freePort();
        controllerPort = freePort();
        postgresPort = freePort();
        broker = KafkaBroker.start(kafkaData, kafkaPort, controllerPort);
        postgres = PostgresServer.start(postgresData, postgresPort);
        postgres.createDatabase("outage");
        service = new SpringApplicationBuilder(BackboneTestApplication.class).properties(
                "spring.datasource.url=" + postgres.jdbcUrl("outage"),
                "spring.datasource.username=" + postgres.username(),
                "spring.datasource.password=",
                // fail fast while the database is away, so the relay's backoff is what is exercised
                "spring.datasource.hikari.connection-timeout=1000",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "spring.kafka.producer.properties.max.block.ms=2000",
                "spring.kafka.producer.properties.request.timeout.ms=2000",
                "spring.kafka.producer.properties.delivery.timeout.ms=5000",
                "ticketing.messaging.outbox.send-timeout=10s",
                "ticketing.messaging.consumer.max-outage-backoff=500ms",
                "ticketing.messaging.topic-prefix=outage.").run();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        delete(kafkaData);
        delete(postgresData);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    void eventsAppendedWhileTheBrokerIsDownAreDeliveredInOrderOnceItIsBack() throws Exception {
        advance("broker-", 10, 100);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied("broker-") == 100);

        broker.close();
        advance("broker-", 10, 200);
        Thread.sleep(4_000);
        assertThat(unpublished()).as("waiting in the outbox while the broker is away").isPositive();
        assertThat(service.getBean(OutboxRelay.class).isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                service.getBean(MeterRegistry.class).get(MessagingMetrics.BACKLOG).gauge().value() > 0);

        broker = KafkaBroker.start(kafkaData, kafkaPort, controllerPort);
        await().atMost(Duration.ofSeconds(120)).until(() -> applied("broker-") == 300);
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished() == 0);

        DeliveryOrder onTopic = DeliveryOrder.onTopic(TopicLog.readAll(broker.bootstrapServers(), topic()), "broker-");
        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc(), "broker-");
        System.out.printf("[backbone] broker outage: 200 of 300 events appended while it was down; topic %d"
                        + " records, %d re-sent, %d inversions; effects %d, %d duplicates, %d inversions%n",
                onTopic.records(), onTopic.resent(), onTopic.inversions(), effects.records(), effects.resent(),
                effects.inversions());
        assertThat(onTopic.inversions()).isZero();
        assertThat(effects.resent()).isZero();
        assertThat(effects.inversions()).isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc(), "broker-")).isEmpty();
        assertThat(TopicLog.readAll(broker.bootstrapServers(), deadLetterTopic()))
                .as("nothing dead-lettered").isEmpty();
    }

    @Test
    void consumersWaitForTheirDatabaseInsteadOfDeadLetteringAndTheRelayResumes() throws Exception {
        advance("database-", 5, 50);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied("database-") == 50);

        // events reach the broker while the listener is stopped, then the database goes away under the listener
        var listener = service.getBean(EventListenerContainers.class).subscriptions()
                .get("backboneEventsListener").container();
        listener.stop();
        advance("database-", 5, 50);
        await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
        postgres.close();
        listener.start();
        Thread.sleep(4_000);

        postgres = PostgresServer.start(postgresData, postgresPort);
        await().atMost(Duration.ofSeconds(120)).until(() -> applied("database-") == 100);
        advance("database-", 5, 50);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied("database-") == 150);

        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc(), "database-");
        System.out.printf("[backbone] database restart: effects %d, %d duplicates, %d inversions%n",
                effects.records(), effects.resent(), effects.inversions());
        assertThat(effects.resent()).isZero();
        assertThat(effects.inversions()).isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc(), "database-")).isEmpty();
        assertThat(TopicLog.readAll(broker.bootstrapServers(), deadLetterTopic()))
                .as("nothing dead-lettered").isEmpty();
    }

    private void advance(String prefix, int keys, int steps) {
        Counters counters = service.getBean(Counters.class);
        for (int i = 0; i < steps; i++) {
            counters.advance(prefix + (i % keys));
        }
    }

    private JdbcTemplate jdbc() {
        return service.getBean(JdbcTemplate.class);
    }

    private int applied(String prefix) {
        try {
            return jdbc().queryForObject("select count(*) from applied_step where counter like ?", Integer.class,
                    prefix + "%");
        } catch (RuntimeException databaseAway) {
            return -1;
        }
    }

    private long unpublished() {
        return jdbc().queryForObject("select count(*) from outbox_event", Long.class);
    }

    private String topic() {
        return service.getBean(TopicNames.class).of(BackboneEvents.TOPIC);
    }

    private String deadLetterTopic() {
        return service.getBean(TopicNames.class).deadLetterOf(BackboneEvents.TOPIC);
    }
}
