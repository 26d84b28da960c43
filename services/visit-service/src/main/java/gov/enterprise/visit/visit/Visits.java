package gov.enterprise.visit.visit;

import gov.enterprise.visit.enterprise.Uscc;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stored visits and the issues raised in them. Writes happen inside the caller's transaction. */
public interface Visits {

    Optional<Visit> find(UUID visitId);

    /**
     * What storing a visit came to: stored; not stored, because its visit id is taken or its cadre is not paired
     * with the enterprise (nothing was written: the visit is the first row stored); or an issue id taken (the visit
     * row was written: the transaction must roll back).
     */
    enum Insert { STORED, NOT_STORED, ISSUE_ID_TAKEN }

    /**
     * Stores the visit, if its cadre is paired with the enterprise, then its issues; waits for a concurrent insert of
     * the same visit id to finish first. The pairing is checked in the same statement: a round trip less per visit.
     */
    Insert insertIfPaired(Visit visit);

    /** The cadre's visits, newest first, after {@code after} (null for the first page). */
    List<Visit> byCadre(String cadreId, PageKey after, int limit);

    /** The enterprise's visits, newest first. */
    List<Visit> byEnterprise(Uscc uscc, int limit);

    long countByEnterprise(Uscc uscc);

    /** When the cadre last visited each enterprise it ever visited. */
    Map<Uscc, Instant> lastVisitsBy(String cadreId);

    /** Position in a newest-first listing. */
    record PageKey(Instant visitedAt, UUID visitId) {
    }
}
