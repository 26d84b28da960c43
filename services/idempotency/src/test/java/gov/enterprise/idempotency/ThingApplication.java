package gov.enterprise.idempotency;

import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service that creates things, as a service creates visits: a row per request, in a transaction. */
@SpringBootApplication
class ThingApplication {

    record NewThing(String name) {
    }

    /** How many more requests naming "flaky" fail before one succeeds. */
    @Component
    static class FlakySwitch {
        final AtomicInteger failures = new AtomicInteger();
    }

    /** What another instance commits, in a transaction of its own, while the next request runs. */
    @Component
    static class Rival {
        final AtomicReference<Runnable> commitsMeanwhile = new AtomicReference<>();
    }

    @RestController
    static class Things {

        private final JdbcClient jdbc;
        private final FlakySwitch flaky;
        private final Rival rival;
        private final TransactionTemplate separately;

        Things(JdbcClient jdbc, FlakySwitch flaky, Rival rival, PlatformTransactionManager transactions) {
            this.jdbc = jdbc;
            this.flaky = flaky;
            this.rival = rival;
            this.separately = new TransactionTemplate(transactions);
            this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        @PostMapping("/api/v1/things")
        @Transactional
        ResponseEntity<Map<String, Object>> create(@RequestBody NewThing thing, Subject caller)
                throws InterruptedException {
            long id = jdbc.sql("insert into thing (name, created_by) values (:name, :by) returning id")
                    .param("name", thing.name()).param("by", caller.toString())
                    .query(Long.class).single();
            if (thing.name().equals("slow")) {
                Thread.sleep(1500);
            }
            Runnable meanwhile = rival.commitsMeanwhile.getAndSet(null);
            if (meanwhile != null) {
                separately.executeWithoutResult(tx -> meanwhile.run());
            }
            if (thing.name().equals("flaky") && flaky.failures.getAndDecrement() > 0) {
                throw Problems.conflict("the thing cannot be made right now");
            }
            return ResponseEntity.created(URI.create("/api/v1/things/" + id)).body(Map.of("id", id,
                    "name", thing.name()));
        }
    }
}
