package gov.enterprise.oversight.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WriteBehindTest {

    @Test
    void writesRunOneAtATimeInTheOrderSubmittedWhileTheCallerGoesOn() throws Exception {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        var firstMayEnd = new CountDownLatch(1);
        try (var writes = new WriteBehind()) {
            writes.submit(() -> {
                firstMayEnd.await(5, TimeUnit.SECONDS);
                written.add(1);
            });
            // the caller is not held by the first write (it would wait here for five seconds otherwise)
            assertThat(written).isEmpty();
            firstMayEnd.countDown();
            writes.submit(() -> written.add(2));
            writes.submit(() -> written.add(3));
            writes.await();
        }
        assertThat(written).containsExactly(1, 2, 3);
    }

    @Test
    void aFailedWriteFailsTheNextSubmitAndNothingAfterItRuns() throws Exception {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        try (var writes = new WriteBehind()) {
            writes.submit(() -> {
                throw new SQLException("COPY refused");
            });
            assertThatThrownBy(() -> writes.submit(() -> written.add(2)))
                    .isInstanceOf(SQLException.class).hasMessage("COPY refused");
            assertThatThrownBy(writes::await).isInstanceOf(SQLException.class);
        }
        assertThat(written).isEmpty();
    }

    @Test
    void closingWaitsForAWriteStillRunning() throws Exception {
        var ended = new AtomicBoolean();
        var started = new CountDownLatch(1);
        var writes = new WriteBehind();
        writes.submit(() -> {
            started.countDown();
            // like a COPY in a socket write: deaf to the interrupt for a while
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            ended.set(true);
        });
        started.await(5, TimeUnit.SECONDS);
        writes.close();
        assertThat(ended).isTrue();
    }
}
