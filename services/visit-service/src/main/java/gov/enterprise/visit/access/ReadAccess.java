package gov.enterprise.visit.access;

import gov.enterprise.security.Subject;
import gov.enterprise.security.SubjectKind;
import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.enterprise.SearchScope;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.pairing.Pairings;
import gov.enterprise.visit.reference.ReferenceSource;

/**
 * Who may read which enterprise files: administrators all of them; a cadre those paired with it; a leader those in
 * its region and the regions inside it; an enterprise contact its own. Nobody else reads any. A file the caller may
 * not read is answered as if it did not exist.
 */
public class ReadAccess {

    private final Pairings pairings;
    private final ReferenceSource reference;

    public ReadAccess(Pairings pairings, ReferenceSource reference) {
        this.pairings = pairings;
        this.reference = reference;
    }

    public boolean mayRead(Subject caller, Enterprise enterprise) {
        return switch (caller.kind()) {
            case ADMIN -> true;
            case CADRE -> pairings.find(caller.scope(), enterprise.uscc()).isPresent();
            case LEADER -> reference.current().isWithin(enterprise.regionCode(), caller.scope());
            case ENTERPRISE -> caller.scope().equals(enterprise.uscc().value());
            default -> false;
        };
    }

    /** The part of all files a search by {@code caller} looks in. */
    public SearchScope searchScope(Subject caller) {
        return switch (caller.kind()) {
            case ADMIN -> new SearchScope.All();
            case CADRE -> new SearchScope.PairedWith(caller.scope());
            case LEADER -> new SearchScope.InRegions(reference.regionsWithin(caller.scope()));
            case ENTERPRISE -> Uscc.reject(caller.scope()) == null
                    ? new SearchScope.Only(Uscc.parse(caller.scope()))
                    : new SearchScope.Nothing();
            default -> new SearchScope.Nothing();
        };
    }

    /** Whether {@code caller} may see a cadre's own things (pairings, portfolio, visit history): itself or admin. */
    public boolean mayActFor(Subject caller, String cadreId) {
        return caller.is(SubjectKind.ADMIN) || caller.is(SubjectKind.CADRE) && caller.scope().equals(cadreId);
    }
}
