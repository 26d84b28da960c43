package gov.enterprise.visit.visit.web;

import static gov.enterprise.visit.shared.web.Refusals.refusing;

import gov.enterprise.security.Subject;
import gov.enterprise.visit.visit.RecordVisit;
import gov.enterprise.visit.visit.VisitRecording;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cadres record visits. A retry of the same request (same {@code visitId}) answers exactly as the first did; the same
 * {@code visitId} with a different body is a 422.
 */
@RestController
public class VisitController {

    private final VisitRecording recording;
    private final MeterRegistry meters;

    public VisitController(VisitRecording recording, MeterRegistry meters) {
        this.recording = recording;
        this.meters = meters;
    }

    /** The answer: the visit's id and its issues' ids, in the order sent. */
    public record Recorded(String visitId, List<String> issueIds) {
    }

    @PostMapping("/api/v1/visits")
    public ResponseEntity<Recorded> record(@RequestBody VisitRequest request, Subject caller) {
        VisitRecording.Recorded recorded = refusing(() -> {
            RecordVisit command = recording.validate(request.form());
            return recording.record(caller.scope(), command);
        });
        meters.counter("visit.visits.recorded", "outcome", recorded.replayed() ? "replayed" : "recorded",
                "mode", recorded.visit().mode().name()).increment();
        var body = new Recorded(recorded.visit().visitId().toString(),
                recorded.visit().issueIds().stream().map(Object::toString).toList());
        return ResponseEntity.created(URI.create("/api/v1/visits/" + body.visitId())).body(body);
    }
}
