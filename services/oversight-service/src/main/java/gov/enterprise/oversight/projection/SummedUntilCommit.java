package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.persistence.TransactionScoped;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * Changes to a read model's aggregates, summed per generation while a transaction lasts and written once just before
 * it commits, generation by generation in the order of their numbers; outside a transaction, written at once. A poll
 * of many events then writes each aggregate row it touches once, and a rollback drops the sum with the rest.
 *
 * @param <T> a change; {@code plus} may fold its second argument into its first and return it, since the first is
 *            always the transaction's own: a change handed to {@link #add} is kept, not copied
 */
final class SummedUntilCommit<T> {

    private final BinaryOperator<T> plus;
    private final BiConsumer<Generation, T> write;
    private final TransactionScoped<Pending<T>> pending;

    SummedUntilCommit(BinaryOperator<T> plus, BiConsumer<Generation, T> write) {
        this.plus = plus;
        this.write = write;
        this.pending = new TransactionScoped<>(Pending::new,
                kept -> kept.sums.forEach((number, sum) -> write.accept(kept.generations.get(number), sum)));
    }

    void add(Generation generation, T change) {
        pending.current().ifPresentOrElse(kept -> kept.add(generation, change, plus),
                () -> write.accept(generation, change));
    }

    private static final class Pending<T> {

        private final SortedMap<Integer, Generation> generations = new TreeMap<>();
        private final SortedMap<Integer, T> sums = new TreeMap<>();

        void add(Generation generation, T change, BinaryOperator<T> plus) {
            generations.putIfAbsent(generation.number(), generation);
            sums.merge(generation.number(), change, plus);
        }
    }
}
