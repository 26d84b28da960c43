package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.messaging.BrokerAdmin;
import gov.enterprise.messaging.MessagingProperties;
import gov.enterprise.messaging.consumer.EventListenerContainers;
import gov.enterprise.messaging.health.BrokerHealthIndicator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import gov.enterprise.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.context.TestPropertySource;

/** Readiness means "can do its job": database, broker and every event listener. */
@IntegrationTest
@TestPropertySource(properties = "management.endpoint.health.show-details=always")
class ReadinessIT {

    @Autowired
    HealthEndpoint health;
    @Autowired
    EventListenerContainers listeners;
    @Autowired
    ApplicationAvailability availability;
    @Autowired
    ApplicationContext context;

    @Test
    void readinessCoversTheDatabaseTheBrokerAndTheListeners() {
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatus().equals(Status.UP));
        assertThat(((CompositeHealthDescriptor) readiness()).getComponents())
                .containsKeys("readinessState", "db", "kafka", "eventListeners");
    }

    @Test
    void readinessGoesDownWhenAListenerContainerStops() {
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatus().equals(Status.UP));
        var container = listeners.subscriptions().get("backboneEventsListener").container();
        container.stop();
        try {
            assertThat(readiness().getStatus()).isEqualTo(Status.DOWN);
            assertThat(((CompositeHealthDescriptor) readiness()).getComponents().get("eventListeners").getStatus())
                    .isEqualTo(Status.DOWN);
            assertThat(listeners.stopped()).containsExactly("backboneEventsListener");
        } finally {
            container.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatus().equals(Status.UP));
    }

    @Test
    void aConsumerStoppingOnItsOwnMakesTheServiceRefuseTraffic() {
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatus().equals(Status.UP));
        var container = listeners.subscriptions().get("backboneEventsListener").container();
        container.stopAbnormally(() -> { });
        try {
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
            assertThat(readiness().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            AvailabilityChangeEvent.publish(context, this, ReadinessState.ACCEPTING_TRAFFIC);
            container.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatus().equals(Status.UP));
    }

    @Test
    void anUnreachableBrokerIsReportedDown() {
        var topics = new MessagingProperties.Topics(false, 1, (short) 0);
        try (var admin = new BrokerAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"), topics)) {
            var indicator = new BrokerHealthIndicator(admin, Duration.ofMillis(500), Duration.ofSeconds(10),
                    Clock.systemUTC());
            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        }
    }

    private HealthDescriptor readiness() {
        return health.healthForPath("readiness");
    }
}
