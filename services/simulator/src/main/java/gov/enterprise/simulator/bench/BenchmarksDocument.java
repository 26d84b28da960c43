package gov.enterprise.simulator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the suite's results into docs/benchmarks.md between two markers, replacing the previous results and
 * leaving the rest of the document (how the figures are produced, what they mean) as it is.
 */
final class BenchmarksDocument {

    static final String BEGIN = "<!-- suite results: begin (written by the benchmark suite; edits here are lost) -->";
    static final String END = "<!-- suite results: end -->";

    private BenchmarksDocument() {
    }

    static void update(Path document, String results) throws IOException {
        String section = BEGIN + "\n\n" + results.strip() + "\n\n" + END;
        String text = Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated;
        if (begin >= 0 && end > begin) {
            updated = text.substring(0, begin) + section + text.substring(end + END.length());
        } else {
            updated = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n## Results\n\n" + section
                    + "\n";
        }
        if (document.getParent() != null) {
            Files.createDirectories(document.getParent());
        }
        Files.writeString(document, updated, StandardCharsets.UTF_8);
    }
}
