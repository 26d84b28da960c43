package gov.enterprise.visit.visit;

import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.enterprise.Uscc;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stored visits and the issues raised in them. Writes happen inside the caller's transaction. */
public interface Visits {

    Optional<Visit> find(UUID visitId);

    /** What storing a visit came to. */
    sealed interface Insert {

        /** Stored with its issues and counted on its enterprise, whose row is now locked: the enterprise as now. */
        record Stored(Enterprise enterprise) implements Insert {
        }

        /**
         * Nothing was written: the visit id is taken, or the cadre is not paired with the enterprise (the visit is
         * the first row stored).
         */
        record NotStored() implements Insert {
        }

        /** An issue id names an issue of another visit; the visit row was written: the transaction must roll back. */
        record IssueIdTaken() implements Insert {
        }
    }

    /**
     * Stores the visit, if its cadre is paired with the enterprise, with its issues, and counts it on the enterprise;
     * waits for a concurrent insert of the same visit id to finish first. One statement checks the pairing, writes
     * the rows and updates the enterprise (its row lock orders the enterprise's events by commit): one round trip.
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
