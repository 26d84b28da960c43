package gov.enterprise.intake.enterprise;

import java.util.List;
import java.util.Optional;

/** The enterprises intake has heard of, and which cadres are paired with them. */
public interface Enterprises {

    Optional<Enterprise> find(String uscc);

    /**
     * The enterprise, held until the transaction ends: issues of one enterprise are taken one after the other, so
     * each is compared for duplicates with the one reported just before it.
     */
    Optional<Enterprise> lock(String uscc);

    /** Records the enterprise's current facts, replacing what was known. */
    void save(Enterprise enterprise, String name);

    /** Records the enterprise's facts only if it is not known yet (facts carried by a visit). */
    void saveIfAbsent(Enterprise enterprise);

    /** Replaces the cadres paired with {@code uscc} by {@code cadreIds}. */
    void replacePairing(String uscc, List<String> cadreIds);

    boolean isPaired(String cadreId, String uscc);
}
