package gov.enterprise.intake.issue;

import java.util.function.Supplier;

/** Runs work in one database transaction, joining the caller's if there is one. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
