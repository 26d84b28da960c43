package gov.enterprise.security.sample;

import gov.enterprise.version.StaleVersionException;
import gov.enterprise.version.VersionCondition;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SampleController {

    enum Mode { ON_SITE, PHONE, MEETING }

    record Issue(@NotBlank String title, String description) {
    }

    record RecordVisit(
            @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "must be an 18-character USCC") String uscc,
            @NotBlank String summary,
            Mode mode,
            java.time.Instant visitedAt,
            @NotEmpty List<@Valid Issue> issues,
            Integer minutes,
            Boolean followUp,
            LocalDate followUpOn) {
    }

    /** Writes that reached their handler: a refused request must not be among them. */
    public static final AtomicInteger WRITES = new AtomicInteger();

    @GetMapping("/api/v1/samples/me")
    Map<String, String> me(Subject caller) {
        return Map.of("subject", caller.toString(), "kind", caller.kind().name());
    }

    @GetMapping("/api/v1/samples/ledger")
    Map<String, String> ledger() {
        return Map.of("entries", "for administrators");
    }

    @GetMapping("/open/page")
    Map<String, String> page() {
        return Map.of("page", "for anyone");
    }

    @GetMapping("/public/whoami")
    Map<String, String> whoami(Subject caller) {
        return Map.of("subject", caller.toString());
    }

    @PostMapping(path = "/api/v1/samples/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> record(@Valid @RequestBody RecordVisit visit, Subject caller) {
        return Map.of("uscc", visit.uscc(), "by", caller.toString());
    }

    @GetMapping("/api/v1/samples")
    List<String> list(@RequestParam(name = "limit", defaultValue = "10") @Min(1) @Max(100) int limit,
                      @RequestParam(name = "department", required = false) @Size(max = 16) String department) {
        return List.of();
    }

    /** Filters bound from the query string to a record, as the oversight figures take them. */
    record Period(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Integer days) {
    }

    @GetMapping("/api/v1/samples/period")
    Map<String, String> period(Period period) {
        return Map.of("from", String.valueOf(period.from()));
    }

    @PostMapping("/api/v1/samples/reference-data")
    Map<String, String> referenceData() {
        WRITES.incrementAndGet();
        return Map.of("status", "saved");
    }

    @PostMapping("/api/v1/samples/{id}/{outcome}")
    void problem(@PathVariable String id, @PathVariable String outcome) {
        throw switch (outcome) {
            case "conflict" -> Problems.conflict("ticket-state", "A CLOSED ticket cannot be accepted")
                    .with("state", "CLOSED").with("allowedActions", List.of());
            case "stale" -> Problems.preconditionFailed("Ticket " + id + " is at version 8").withHeader("ETag", "\"8\"");
            case "changed-meanwhile" -> new StaleVersionException("Ticket " + id, VersionCondition.at(7), 8);
            case "unconditional" -> Problems.preconditionRequired("Send the ticket version in If-Match");
            case "reused-key" -> Problems.unprocessable("This Idempotency-Key was used with another body");
            case "elsewhere" -> Problems.forbidden("Ticket " + id + " belongs to another department");
            case "database-restarting" -> new IllegalStateException("JDBC rollback failed", new SQLException(
                    "FATAL: terminating connection due to administrator command", "57P01"));
            default -> new IllegalStateException("connection to jdbc:postgresql://db:5432/secret refused");
        };
    }
}
