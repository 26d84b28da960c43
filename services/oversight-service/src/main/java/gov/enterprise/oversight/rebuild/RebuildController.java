package gov.enterprise.oversight.rebuild;

import gov.enterprise.oversight.readmodel.Generations;
import gov.enterprise.web.problem.Problems;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators start a rebuild of the read models and follow it (the service's README, "Rebuild"). */
@RestController
@RequestMapping("/api/v1/oversight/rebuilds")
class RebuildController {

    private final Rebuild rebuild;
    private final Generations generations;

    RebuildController(Rebuild rebuild, Generations generations) {
        this.rebuild = rebuild;
        this.generations = generations;
    }

    @PostMapping
    ResponseEntity<Generations.Report> start() {
        Rebuild.Started started = rebuild.start();
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/oversight/rebuilds/" + started.generation().number()))
                .body(report(started.generation().number()));
    }

    @GetMapping
    List<Generations.Report> all() {
        return generations.reports();
    }

    @GetMapping("/{generation}")
    Generations.Report one(@PathVariable int generation) {
        return report(generation);
    }

    private Generations.Report report(int generation) {
        return generations.reports().stream().filter(report -> report.generation() == generation).findFirst()
                .orElseThrow(() -> Problems.notFound("No read-model generation " + generation));
    }
}
