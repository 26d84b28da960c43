package gov.enterprise.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void numberingContinuesWhereTheLastRunAgainstTheSameStackStopped(@TempDir Path repository) {
        Bench first = Bench.connect("http://127.0.0.1:8080", repository, QUIET);
        assertThat(first.next(1_500)).isZero();
        assertThat(first.next(500)).isEqualTo(1_500);

        Bench second = Bench.connect("http://127.0.0.1:8080", repository, QUIET);
        assertThat(second.next(10)).isEqualTo(2_000);
    }

    @Test
    void aStackWithoutNumberingStartsAtZero(@TempDir Path repository) {
        assertThat(Bench.connect("http://127.0.0.1:8080", repository.resolve("elsewhere"), QUIET).next(1)).isZero();
    }
}
