package gov.enterprise.idempotency;

import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

    @RestController
    static class Things {

        private final JdbcClient jdbc;
        private final FlakySwitch flaky;

        Things(JdbcClient jdbc, FlakySwitch flaky) {
            this.jdbc = jdbc;
            this.flaky = flaky;
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
            if (thing.name().equals("flaky") && flaky.failures.getAndDecrement() > 0) {
                throw Problems.conflict("the thing cannot be made right now");
            }
            return ResponseEntity.created(URI.create("/api/v1/things/" + id)).body(Map.of("id", id,
                    "name", thing.name()));
        }
    }
}
