package gov.enterprise.security.sample;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;

import gov.enterprise.security.SecurityRules;
import gov.enterprise.security.SubjectKind;
import gov.enterprise.security.audit.AuditEntry;
import gov.enterprise.security.audit.AuditTrail;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/** A service as small as can be: the sample controller, one authorization rule, an audit trail to look at. */
@SpringBootApplication
public class SampleApplication {

    @Bean
    SecurityRules sampleRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/samples/reference-data").hasRole(SubjectKind.ADMIN.role())
                .requestMatchers(HttpMethod.GET, "/api/v1/samples/ledger").hasRole(SubjectKind.ADMIN.role())
                .requestMatchers(HttpMethod.GET, "/open/**").permitAll()
                .requestMatchers("/public/**").permitAll();
    }

    /** A filter whose own transaction lost the database, as the idempotency filter's can. */
    @Bean
    FilterRegistrationBean<Filter> databaseGoneInAFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            throw new ServletException(new IllegalStateException("JDBC rollback failed",
                    new SQLException("An I/O error occurred while sending to the backend", "08006")));
        });
        registration.addUrlPatterns("/api/v1/samples/filtered");
        return registration;
    }

    @Bean
    RecordedAuditTrail auditTrail() {
        return new RecordedAuditTrail();
    }

    /** Keeps what would be audited, for the tests to read. */
    public static final class RecordedAuditTrail implements AuditTrail {

        private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        public List<AuditEntry> entries() {
            return entries;
        }
    }
}
