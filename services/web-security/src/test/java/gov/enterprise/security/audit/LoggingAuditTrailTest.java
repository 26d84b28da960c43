package gov.enterprise.security.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LoggingAuditTrailTest {

    @Test
    void writesWhoDidWhatToWhatFromWhereToTheAuditLogger(CapturedOutput output) {
        new LoggingAuditTrail().record(new AuditEntry(Instant.parse("2026-09-24T10:00:00Z"), "officer:NRP",
                "POST", "/api/v1/tickets/i-1/accept", "200", "10.1.2.3"));

        assertThat(output).contains("audit").contains("officer:NRP POST /api/v1/tickets/i-1/accept -> 200 from 10.1.2.3");
    }
}
