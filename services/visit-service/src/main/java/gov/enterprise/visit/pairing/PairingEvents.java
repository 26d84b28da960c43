package gov.enterprise.visit.pairing;

import gov.enterprise.visit.enterprise.Uscc;
import java.time.Instant;
import java.util.List;

/** Where pairing changes go out: per enterprise, the complete list of its cadres after the change. */
public interface PairingEvents {

    void changed(Uscc uscc, List<String> cadreIds, Instant at);
}
