package gov.enterprise.visit.enterprise;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored enterprise files. Writes happen inside the caller's transaction. */
public interface Enterprises {

    Optional<Enterprise> find(Uscc uscc);

    /** Stored enterprises among {@code usccs}, in code order. */
    List<Enterprise> findAll(Collection<Uscc> usccs);

    /**
     * Reads and locks the enterprise's row until the transaction ends, so that its events are appended in commit
     * order; empty when unknown.
     */
    Optional<Enterprise> lock(Uscc uscc);

    /** Reads and locks the rows of those of {@code usccs} that are registered, in code order (no deadlocks). */
    List<Enterprise> lockAll(Collection<Uscc> usccs);

    /** Inserts a new file at version 1; empty when the code is already registered (then nothing is written). */
    Optional<Enterprise> insert(EnterpriseDetails details, Instant at);

    /** Replaces the details of a locked enterprise and bumps its version. */
    Enterprise update(Enterprise current, EnterpriseDetails details, Instant at);

    EnterprisePage search(EnterpriseQuery query);
}
