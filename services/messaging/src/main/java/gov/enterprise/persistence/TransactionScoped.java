package gov.enterprise.persistence;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: created on first use, handed to {@code beforeCommit} just
 * before the transaction commits (to write what was gathered in it), dropped when the transaction ends either way, so a
 * rollback takes it along with the rest. A store uses it to gather a poll's changes and write them in one round trip.
 * {@code beforeCommit} must not create another transaction's value: the transaction has already listed whom to call.
 *
 * @param <T> the value, usually a small mutable collector used by one thread (a transaction's)
 */
public final class TransactionScoped<T> {

    private final Supplier<T> create;
    private final Consumer<T> beforeCommit;

    public TransactionScoped(Supplier<T> create, Consumer<T> beforeCommit) {
        this.create = create;
        this.beforeCommit = beforeCommit;
    }

    /** The current transaction's value, created on first use; empty outside a transaction. */
    public Optional<T> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T value = (T) TransactionSynchronizationManager.getResource(this);
        if (value == null) {
            T created = create.get();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    beforeCommit.accept(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
                }
            });
            value = created;
        }
        return Optional.of(value);
    }
}
