package gov.enterprise.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksDocumentTest {

    @Test
    void resultsReplaceThePreviousResultsAndNothingElse(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\nHow it works.\n\n## Results\n\n" + BenchmarksDocument.BEGIN
                + "\nold\n" + BenchmarksDocument.END + "\n\n## Profile\n\nWhere the time goes.\n");

        BenchmarksDocument.update(doc, "| new | table |\n");
        BenchmarksDocument.update(doc, "| newer | table |\n");

        String text = Files.readString(doc);
        assertThat(text).startsWith("# Benchmarks\n\nHow it works.").contains("| newer | table |")
                .doesNotContain("old").doesNotContain("| new |").endsWith("## Profile\n\nWhere the time goes.\n");
    }

    @Test
    void aDocumentWithoutResultsGetsASection(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n");

        BenchmarksDocument.update(doc, "figures");

        assertThat(Files.readString(doc)).contains("## Results", BenchmarksDocument.BEGIN, "figures",
                BenchmarksDocument.END);
    }

    @Test
    void verdictsSayByHowMuchATargetIsMissed() {
        assertThat(Verdicts.atMost(48.2, 60, " s")).isEqualTo("met");
        assertThat(Verdicts.atMost(75, 60, " s")).isEqualTo("missed by 15.0 s (25% over)");
        assertThat(Verdicts.atLeast(750, 1000, " issues/s")).isEqualTo("missed by 250 issues/s (25% short)");
        assertThat(Verdicts.atLeast(1250, 1000, " issues/s")).isEqualTo("met");
    }
}
