package gov.enterprise.visit.portfolio;

import gov.enterprise.security.Subject;
import gov.enterprise.visit.access.ReadAccess;
import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.enterprise.Enterprises;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.issue.EnterpriseIssue;
import gov.enterprise.visit.issue.IssueViews;
import gov.enterprise.visit.pairing.Pairings;
import gov.enterprise.visit.shared.ForbiddenException;
import gov.enterprise.visit.visit.Visits;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A cadre's own portfolio (the cadre itself or an administrator reads it). */
public class CadrePortfolio {

    private final Pairings pairings;
    private final Enterprises enterprises;
    private final Visits visits;
    private final IssueViews issues;
    private final ReadAccess access;
    private final ContactPolicy policy;
    private final Clock clock;

    public CadrePortfolio(Pairings pairings, Enterprises enterprises, Visits visits, IssueViews issues,
                          ReadAccess access, ContactPolicy policy, Clock clock) {
        this.pairings = pairings;
        this.enterprises = enterprises;
        this.visits = visits;
        this.issues = issues;
        this.access = access;
        this.policy = policy;
        this.clock = clock;
    }

    /** @throws ForbiddenException unless the caller is the cadre or an administrator */
    public Portfolio of(Subject caller, String cadreId) {
        if (!access.mayActFor(caller, cadreId)) {
            throw new ForbiddenException("A cadre's portfolio is read by the cadre or an administrator");
        }
        Instant now = clock.instant();
        List<Pairings.Pairing> paired = pairings.of(cadreId);
        List<Uscc> usccs = paired.stream().map(Pairings.Pairing::uscc).toList();
        Map<Uscc, Enterprise> files = enterprises.findAll(usccs).stream()
                .collect(Collectors.toMap(Enterprise::uscc, Function.identity()));
        Map<Uscc, Instant> lastVisits = visits.lastVisitsBy(cadreId);
        Map<String, List<EnterpriseIssue>> open = issues.openOf(usccs).stream()
                .collect(Collectors.groupingBy(EnterpriseIssue::uscc));
        var entries = new ArrayList<PortfolioEntry>();
        for (Pairings.Pairing pairing : paired) {
            Enterprise enterprise = files.get(pairing.uscc());
            Instant lastVisit = lastVisits.get(pairing.uscc());
            entries.add(new PortfolioEntry(enterprise, pairing.pairedAt(), lastVisit, enterprise.lastVisitedAt(),
                    policy.standing(lastVisit, pairing.pairedAt(), now),
                    open.getOrDefault(pairing.uscc().value(), List.of())));
        }
        return new Portfolio(cadreId, policy, entries);
    }
}
