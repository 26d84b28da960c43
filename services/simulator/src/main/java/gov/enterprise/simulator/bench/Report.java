package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.load.LoadResult;
import gov.enterprise.simulator.load.Percentiles;
import gov.enterprise.simulator.resource.MachineFacts;
import gov.enterprise.simulator.resource.ProcessSample;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The suite's results as Markdown: printed as is, and written to docs/benchmarks.md. */
final class Report {

    private final MachineFacts facts;
    private final List<ScenarioResult> results;
    private final List<ProcessSample> processes;
    private final boolean quick;

    Report(MachineFacts facts, List<ScenarioResult> results, List<ProcessSample> processes, boolean quick) {
        this.facts = facts;
        this.results = results;
        this.processes = processes;
        this.quick = quick;
    }

    String markdown() {
        var text = new StringBuilder();
        text.append("### Suite run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(quick ? " (quick validation run: small numbers, NOT figures)" : "").append("\n\n");
        text.append("| machine | |\n|---|---|\n");
        facts.facts().forEach((name, value) -> text.append("| ").append(name).append(" | ").append(escape(value))
                .append(" |\n"));

        text.append("\n| figure | measured | target | verdict |\n|---|---|---|---|\n");
        for (ScenarioResult result : results) {
            if (result.status() != ScenarioResult.Status.RAN) {
                text.append("| ").append(result.name()).append(" | – | – | **").append(result.status())
                        .append("**: ").append(escape(result.reason())).append(" |\n");
                continue;
            }
            for (ScenarioResult.Figure figure : result.figures()) {
                text.append("| ").append(escape(figure.name())).append(" | ").append(escape(figure.measured()))
                        .append(" | ").append(escape(figure.target())).append(" | ").append(escape(figure.verdict()))
                        .append(" |\n");
            }
        }

        text.append("\nLatency of each load run, in ms from the intended send time (open loop, constant arrival"
                + " rate); \"closed-loop p99\" is what the same run shows if measured from the actual send.\n\n");
        text.append("| run | offered/s | achieved/s | p50 | p90 | p99 | p99.9 | max | closed-loop p99 | errors |"
                + " answers |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ScenarioResult result : results) {
            result.runs().forEach((label, run) -> text.append(row(label, run)));
        }

        text.append("\n| component (processes) | RSS now | PSS now |\n|---|---|---|\n");
        long rss = 0;
        long pss = 0;
        for (ProcessSample sample : processes) {
            text.append(String.format(Locale.ROOT, "| %s (%d) | %s | %s |%n", sample.component(), sample.processes(),
                    Resources.megabytes(sample.rssKb()), Resources.megabytes(sample.pssKb())));
            rss += sample.rssKb();
            pss += sample.pssKb();
        }
        text.append(String.format(Locale.ROOT, "| **whole stack** | %s | %s |%n", Resources.megabytes(rss),
                Resources.megabytes(pss)));

        var notes = new StringBuilder();
        for (ScenarioResult result : results) {
            result.notes().forEach(note -> notes.append("- ").append(result.name()).append(": ").append(note)
                    .append('\n'));
        }
        if (!notes.isEmpty()) {
            text.append("\nNotes:\n\n").append(notes);
        }
        return text.toString();
    }

    private static String row(String label, LoadResult run) {
        Percentiles latency = run.responseTime();
        return String.format(Locale.ROOT, "| %s | %.0f | %.1f | %s | %s | %s | %s | %s | %s | %d (%.2f%%) | %s |%n",
                escape(label), run.plan().ratePerSecond(), run.achievedRate(), Percentiles.millis(latency.p50()),
                Percentiles.millis(latency.p90()), Percentiles.millis(latency.p99()),
                Percentiles.millis(latency.p999()), Percentiles.millis(latency.max()),
                Percentiles.millis(run.serviceTime().p99()), run.failures(), run.errorRate() * 100,
                escape(run.outcomeSummary()));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
