package gov.enterprise.visit.shared;

import java.util.function.Supplier;

/** Runs work in one database transaction, joining the caller's if there is one (an event listener's). */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
