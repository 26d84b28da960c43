package gov.enterprise.visit.pairing;

import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.enterprise.Enterprises;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.shared.InvalidInputException;
import gov.enterprise.visit.shared.Transactions;
import gov.enterprise.visit.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sets which enterprises a cadre is responsible for (administrators). An enterprise may have several cadres. Each
 * enterprise whose cadres change gets one event with its complete cadre list; a repeated request changes nothing.
 */
public class CadrePairing {

    public static final int MAX_ENTERPRISES = 2_000;

    private final Pairings pairings;
    private final Enterprises enterprises;
    private final PairingEvents events;
    private final Transactions transactions;
    private final Clock clock;

    public CadrePairing(Pairings pairings, Enterprises enterprises, PairingEvents events, Transactions transactions,
                        Clock clock) {
        this.pairings = pairings;
        this.enterprises = enterprises;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The cadre's enterprises after a replacement, and what the replacement added and removed. */
    public record Outcome(String cadreId, List<Uscc> usccs, List<Uscc> added, List<Uscc> removed) {
    }

    /**
     * Makes {@code usccs} exactly the cadre's enterprises.
     *
     * @throws InvalidInputException naming the malformed or unregistered codes
     */
    public Outcome replace(String cadreId, List<String> usccs) {
        Set<Uscc> wanted = validate(cadreId, usccs);
        return transactions.inTransaction(() -> {
            // two replacements of one portfolio must not both start from the same current pairings: the second
            // would keep what the first added
            pairings.lockPortfolio(cadreId);
            Set<Uscc> current = new TreeSet<>(pairings.of(cadreId).stream().map(Pairings.Pairing::uscc).toList());
            var affected = new TreeSet<Uscc>(wanted);
            affected.addAll(current);
            // lock every enterprise whose cadre list may change (in code order) before touching the pairings, so
            // that its events are appended in commit order and concurrent replacements cannot deadlock
            var locked = new HashMap<Uscc, Enterprise>();
            enterprises.lockAll(affected).forEach(enterprise -> locked.put(enterprise.uscc(), enterprise));
            var unknown = wanted.stream().filter(uscc -> !locked.containsKey(uscc)).toList();
            if (!unknown.isEmpty()) {
                var validation = new Validation();
                for (int i = 0; i < usccs.size(); i++) {
                    if (unknown.contains(Uscc.parse(usccs.get(i)))) {
                        validation.reject("usccs[" + i + "]", "no enterprise " + Uscc.parse(usccs.get(i))
                                + " is registered");
                    }
                }
                validation.throwIfInvalid();
            }
            List<Uscc> added = wanted.stream().filter(uscc -> !current.contains(uscc)).toList();
            List<Uscc> removed = current.stream().filter(uscc -> !wanted.contains(uscc)).toList();
            Instant now = clock.instant();
            pairings.remove(cadreId, removed);
            pairings.add(cadreId, added, now);
            for (Uscc uscc : affected) {
                if (added.contains(uscc) || removed.contains(uscc)) {
                    events.changed(uscc, pairings.cadresOf(uscc), now);
                }
            }
            return new Outcome(cadreId, List.copyOf(wanted), added, removed);
        });
    }

    private static Set<Uscc> validate(String cadreId, List<String> usccs) {
        var validation = new Validation();
        String why = CadreIds.reject(cadreId);
        if (why != null) {
            validation.reject("cadreId", why);
        }
        var wanted = new TreeSet<Uscc>();
        if (usccs == null) {
            validation.reject("usccs", "is required (an empty list removes every pairing)");
        } else if (usccs.size() > MAX_ENTERPRISES) {
            validation.reject("usccs", "at most " + MAX_ENTERPRISES + " enterprises per cadre");
        } else {
            for (int i = 0; i < usccs.size(); i++) {
                String reason = Uscc.rejectRaw(usccs.get(i));
                if (reason != null) {
                    validation.reject("usccs[" + i + "]", reason);
                } else {
                    wanted.add(Uscc.parse(usccs.get(i)));
                }
            }
        }
        validation.throwIfInvalid();
        return wanted;
    }
}
