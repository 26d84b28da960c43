package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.load.LoadResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario found: its load runs (latency tables), its headline figures, and whether it ran at all (a
 * scenario whose service is not available says so instead of reporting figures).
 */
public final class ScenarioResult {

    public enum Status { RAN, BLOCKED, FAILED, SKIPPED }

    private final String name;
    private Status status = Status.RAN;
    private String reason;
    private final Map<String, LoadResult> runs = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A headline figure with its target (if any) and the verdict. */
    public record Figure(String name, String measured, String target, String verdict) {
    }

    public ScenarioResult(String name) {
        this.name = name;
    }

    public static ScenarioResult blocked(String name, String reason) {
        var result = new ScenarioResult(name);
        result.status = Status.BLOCKED;
        result.reason = reason;
        return result;
    }

    public static ScenarioResult failed(String name, String reason) {
        var result = new ScenarioResult(name);
        result.status = Status.FAILED;
        result.reason = reason;
        return result;
    }

    public static ScenarioResult skipped(String name, String reason) {
        var result = new ScenarioResult(name);
        result.status = Status.SKIPPED;
        result.reason = reason;
        return result;
    }

    public ScenarioResult run(String label, LoadResult result) {
        runs.put(label, result);
        return this;
    }

    public ScenarioResult figure(String figure, String measured, String target, String verdict) {
        figures.add(new Figure(figure, measured, target, verdict));
        return this;
    }

    public ScenarioResult figure(String figure, String measured) {
        return figure(figure, measured, "", "");
    }

    public ScenarioResult note(String note) {
        notes.add(note);
        return this;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Map<String, LoadResult> runs() {
        return runs;
    }

    public List<Figure> figures() {
        return figures;
    }

    public List<String> notes() {
        return notes;
    }
}
