package gov.enterprise.visit.visit;

import gov.enterprise.visit.pairing.Pairings;
import gov.enterprise.visit.shared.ForbiddenException;
import gov.enterprise.visit.shared.InvalidInputException;
import gov.enterprise.visit.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Records cadres' visits. The app works offline and retries, so a visit is recognised by the id the app chose: the
 * same request again answers with the visit first recorded (same ids, one event), a different request under that id
 * is refused. Ids the app leaves out are assigned here.
 */
public class VisitRecording {

    private final Visits visits;
    private final Pairings pairings;
    private final VisitEventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final VisitWindow window;
    private final Supplier<UUID> ids;

    public VisitRecording(Visits visits, Pairings pairings, VisitEventLog events,
                          Transactions transactions, Clock clock, VisitWindow window, Supplier<UUID> ids) {
        this.visits = visits;
        this.pairings = pairings;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.window = window;
        this.ids = ids;
    }

    /** The form as a command, every field at fault named at once, the visit time's window included. */
    public RecordVisit validate(VisitForm form) {
        return form.validate(window, clock.instant());
    }

    /** The visit stored under the request's id, and whether this call stored it or found a retry's original. */
    public record Recorded(Visit visit, boolean replayed) {
    }

    /**
     * @throws InvalidInputException   when the visit time is outside the window
     * @throws ForbiddenException      when the enterprise is not paired with the cadre (or not registered: the same
     *                                 answer, so that cadres cannot probe for enterprises)
     * @throws VisitIdReusedException  when the visit id names a visit recorded from a different request
     * @throws IssueIdTakenException   when an issue id names an issue of another visit
     */
    public Recorded record(String cadreId, RecordVisit command) {
        // no lookup of the visit id or the pairing first: a new visit (the usual case) is one insert, and a retry is
        // answered when the insert finds the id taken, or when a check it passed the first time refuses it now
        String fingerprint = command.fingerprint(cadreId);
        Instant now = clock.instant();
        String why = window.reject(command.visitedAt(), now);
        if (why != null) {
            return earlier(cadreId, command, fingerprint)
                    .orElseThrow(() -> new InvalidInputException("visitedAt", why));
        }
        Visit visit = visitOf(cadreId, command, fingerprint, now);
        return transactions.inTransaction(() -> {
            switch (visits.insertIfPaired(visit)) {
                case Visits.Insert.NotStored notStored -> {
                    // nothing was written: a retry (or a concurrent one stored it first), or a cadre not paired
                    return earlier(cadreId, command, fingerprint).orElseThrow(() -> notPaired(command));
                }
                case Visits.Insert.IssueIdTaken taken -> throw new IssueIdTakenException(); // rolls the visit back
                case Visits.Insert.Stored stored -> {
                    // the enterprise's row is locked by the insert: this enterprise's events are in commit order
                    events.recorded(visit, stored.enterprise());
                    return new Recorded(visit, false);
                }
            }
        });
    }

    /**
     * The visit stored under the request's id, if this request recorded it (the fingerprint names the cadre too): a
     * retry's first answer, also when the checks refuse it now (its time has left the window, or the cadre was
     * unpaired since), since it was recorded and a retry must not learn otherwise. Another request's visit is a reuse
     * of its id, said only to a cadre paired with the enterprise: one who is not learns nothing about visits it may
     * not see. Empty without a client-chosen id: an id assigned here names nothing stored.
     */
    private Optional<Recorded> earlier(String cadreId, RecordVisit command, String fingerprint) {
        if (command.visitId() == null) {
            return Optional.empty();
        }
        return visits.find(command.visitId()).map(stored -> {
            if (!stored.fingerprint().equals(fingerprint)) {
                if (pairings.find(cadreId, command.uscc()).isEmpty()) {
                    throw notPaired(command);
                }
                throw new VisitIdReusedException(command.visitId());
            }
            return new Recorded(stored, true);
        });
    }

    private Visit visitOf(String cadreId, RecordVisit command, String fingerprint, Instant now) {
        var issues = new ArrayList<RaisedIssue>();
        for (RecordVisit.IssueDraft draft : command.issues()) {
            issues.add(new RaisedIssue(draft.issueId() != null ? draft.issueId() : ids.get(), draft.title(),
                    draft.description(), draft.categoryHint()));
        }
        UUID visitId = command.visitId() != null ? command.visitId() : ids.get();
        return new Visit(visitId, command.uscc(), cadreId, command.visitedAt(), command.mode(), command.summary(),
                issues, now, fingerprint);
    }

    private static ForbiddenException notPaired(RecordVisit command) {
        return new ForbiddenException("Visits can be recorded only for enterprises paired with you; "
                + command.uscc() + " is not");
    }
}
