package gov.enterprise.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TemporaryDirectoryTest {

    @Test
    void aDirectoryOwnedByALiveJvmIsKeptAndOneWhoseOwnerIsGoneIsSwept() throws Exception {
        String purpose = "sweep-test-" + ProcessHandle.current().pid();
        Path mine = TemporaryDirectory.create(purpose, leftover -> { });
        Path abandoned = TemporaryDirectory.create(purpose, leftover -> { });
        Files.createDirectories(TemporaryDirectory.data(abandoned));
        // a pid that cannot belong to a live process
        Files.writeString(abandoned.resolve("owner"), Long.MAX_VALUE + " 2020-01-01T00:00:00Z");

        List<Path> stopped = new ArrayList<>();
        Path next = TemporaryDirectory.create(purpose, stopped::add);

        assertThat(mine).exists();
        assertThat(abandoned).doesNotExist();
        assertThat(stopped).contains(TemporaryDirectory.data(abandoned));
        TemporaryDirectory.delete(mine);
        TemporaryDirectory.delete(next);
        assertThat(next).doesNotExist();
    }
}
