package gov.enterprise.visit.file;

import gov.enterprise.security.Subject;
import gov.enterprise.security.SubjectKind;
import gov.enterprise.visit.access.ReadAccess;
import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.enterprise.EnterprisePage;
import gov.enterprise.visit.enterprise.EnterpriseQuery;
import gov.enterprise.visit.enterprise.Enterprises;
import gov.enterprise.visit.enterprise.Scale;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.issue.EnterpriseIssue;
import gov.enterprise.visit.issue.IssueViews;
import gov.enterprise.visit.pairing.Pairings;
import gov.enterprise.visit.reference.ReferenceSource;
import gov.enterprise.visit.shared.ForbiddenException;
import gov.enterprise.visit.shared.NotFoundException;
import gov.enterprise.visit.shared.Validation;
import gov.enterprise.visit.visit.RaisedIssue;
import gov.enterprise.visit.visit.Visit;
import gov.enterprise.visit.visit.Visits;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading enterprise files, searching them, and reading visits, each within what the caller may see. */
public class EnterpriseFiles {

    public static final int VISITS_IN_FILE = 100;
    public static final int ISSUES_IN_FILE = 500;

    private final Enterprises enterprises;
    private final Pairings pairings;
    private final Visits visits;
    private final IssueViews issues;
    private final ReadAccess access;
    private final ReferenceSource reference;

    public EnterpriseFiles(Enterprises enterprises, Pairings pairings, Visits visits, IssueViews issues,
                           ReadAccess access, ReferenceSource reference) {
        this.enterprises = enterprises;
        this.pairings = pairings;
        this.visits = visits;
        this.issues = issues;
        this.access = access;
        this.reference = reference;
    }

    /** @throws NotFoundException when there is no such file or the caller may not read it */
    public EnterpriseFile file(Subject caller, Uscc uscc) {
        Enterprise enterprise = readable(caller, uscc);
        return new EnterpriseFile(enterprise, pairings.cadresOf(uscc), visits.byEnterprise(uscc, VISITS_IN_FILE),
                visits.countByEnterprise(uscc), issues.ofEnterprise(uscc, ISSUES_IN_FILE));
    }

    /** The enterprise's master data alone, e.g. for its {@code ETag}. */
    public Enterprise enterprise(Subject caller, Uscc uscc) {
        return readable(caller, uscc);
    }

    /**
     * @param regionCode a region whose enterprises (its own and its sub-regions') are wanted, or null
     */
    public EnterprisePage search(Subject caller, String nameFragment, String regionCode, String cluster, String tag,
                                 Scale scale, EnterpriseQuery.PageKey after, int limit) {
        var data = reference.current();
        var validation = new Validation();
        if (regionCode != null && data.region(regionCode).isEmpty()) {
            validation.reject("regionCode", "'" + regionCode + "' is not a known region");
        }
        if (cluster != null && data.cluster(cluster).isEmpty()) {
            validation.reject("cluster", "'" + cluster + "' is not a known industry cluster");
        }
        if (tag != null && data.tag(tag).isEmpty()) {
            validation.reject("tag", "'" + tag + "' is not a known enterprise tag");
        }
        validation.throwIfInvalid();
        Set<String> regions = regionCode == null ? null : reference.regionsWithin(regionCode);
        return enterprises.search(new EnterpriseQuery(nameFragment, regions, cluster, tag, scale,
                access.searchScope(caller), after, limit));
    }

    /** @throws NotFoundException unless the caller recorded the visit or may read the enterprise's file */
    public VisitDetail visit(Subject caller, UUID visitId) {
        Visit visit = visits.find(visitId).orElseThrow(() -> new NotFoundException("No visit " + visitId));
        Enterprise enterprise = enterprises.find(visit.uscc()).orElseThrow();
        boolean ownVisit = caller.is(SubjectKind.CADRE)
                && caller.scope().equals(visit.cadreId());
        if (!ownVisit && !access.mayRead(caller, enterprise)) {
            throw new NotFoundException("No visit " + visitId);
        }
        List<String> ids = visit.issues().stream().map(RaisedIssue::issueId).map(UUID::toString).toList();
        var status = issues.find(ids).stream()
                .collect(Collectors.toMap(EnterpriseIssue::issueId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        return new VisitDetail(visit, enterprise, status);
    }

    /**
     * A cadre's visit history, newest first.
     *
     * @throws ForbiddenException unless the caller is that cadre or an administrator
     */
    public List<Visit> history(Subject caller, String cadreId, Visits.PageKey after, int limit) {
        if (!access.mayActFor(caller, cadreId)) {
            throw new ForbiddenException("A cadre's visit history is read by the cadre or an administrator");
        }
        return visits.byCadre(cadreId, after, limit);
    }

    /** The names of these enterprises, for listings. */
    public Map<Uscc, String> names(Collection<Uscc> usccs) {
        return enterprises.findAll(usccs).stream()
                .collect(Collectors.toMap(Enterprise::uscc, enterprise -> enterprise.details().name()));
    }

    private Enterprise readable(Subject caller, Uscc uscc) {
        return enterprises.find(uscc)
                .filter(enterprise -> access.mayRead(caller, enterprise))
                .orElseThrow(() -> new NotFoundException("No enterprise " + uscc));
    }
}
