package gov.enterprise.visit.pairing;

import gov.enterprise.visit.enterprise.Uscc;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored pairings (包联): which cadres are responsible for which enterprises. */
public interface Pairings {

    /** The enterprises paired with the cadre, in code order. */
    List<Pairing> of(String cadreId);

    /** Holds the cadre's portfolio until the transaction ends: its replacements are applied one after the other. */
    void lockPortfolio(String cadreId);

    /** The cadres paired with the enterprise, in id order. */
    List<String> cadresOf(Uscc uscc);

    Optional<Pairing> find(String cadreId, Uscc uscc);

    void add(String cadreId, Collection<Uscc> usccs, Instant at);

    void remove(String cadreId, Collection<Uscc> usccs);

    /** One cadre's responsibility for one enterprise, since when. */
    record Pairing(String cadreId, Uscc uscc, Instant pairedAt) {
    }
}
