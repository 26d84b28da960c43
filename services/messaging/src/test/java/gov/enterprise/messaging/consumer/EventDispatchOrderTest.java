package gov.enterprise.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDispatchOrderTest {

    @Test
    void recordsAreAppliedByKeyEachKeysRecordsInPollOrder() {
        List<String> keys = List.of("issue-b", "issue-a", "issue-b", "issue-c", "issue-a", "issue-b");

        assertThat(EventDispatch.applicationOrder(keys)).containsExactly(1, 4, 0, 2, 5, 3);
    }

    @Test
    void twoPollsOfTheSameKeysInOppositeOrdersAreAppliedInTheSameOrder() {
        List<String> intake = List.of("i-3", "i-1", "i-2", "i-1");
        List<String> resolution = List.of("i-1", "i-2", "i-3");

        assertThat(keysInOrder(intake).stream().distinct().toList())
                .isEqualTo(keysInOrder(resolution).stream().distinct().toList());
    }

    @Test
    void recordsWithoutKeyComeFirstInPollOrder() {
        List<String> keys = Arrays.asList("k", null, "a", null);

        assertThat(EventDispatch.applicationOrder(keys)).containsExactly(1, 3, 2, 0);
    }

    private static List<String> keysInOrder(List<String> keys) {
        var ordered = new ArrayList<String>();
        EventDispatch.applicationOrder(keys).forEach(index -> ordered.add(keys.get(index)));
        return ordered;
    }
}
