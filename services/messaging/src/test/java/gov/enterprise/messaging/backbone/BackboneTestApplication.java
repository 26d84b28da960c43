package gov.enterprise.messaging.backbone;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service on the backbone: a table as its state, the outbox, one listener. */
@SpringBootApplication
public class BackboneTestApplication {
}
