package gov.enterprise.intake.issue;

import gov.enterprise.intake.catalog.Regions;
import gov.enterprise.intake.enterprise.Enterprises;
import gov.enterprise.security.Subject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read which issue, decided from the caller's subject alone: the enterprise its own, a cadre those of its
 * paired enterprises, a department those it leads or helps with, a leader those of its region, operators, triage
 * officers and administrators all. Anyone else is told the issue does not exist.
 */
public final class IssueReaders {

    private final Enterprises enterprises;

    public IssueReaders(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    public boolean maySee(Subject caller, Issue issue, Regions regions) {
        return switch (caller.kind()) {
            case ENTERPRISE -> caller.scope().equals(issue.enterprise().uscc());
            case CADRE -> issue.reportedBy().equals(caller.toString())
                    || enterprises.isPaired(caller.scope(), issue.enterprise().uscc());
            case OFFICER, HEAD -> caller.scope().equals(issue.currentDepartment())
                    || (issue.state() == IssueState.ROUTED && coDepartments(issue).contains(caller.scope()));
            case LEADER -> regions.isWithin(issue.enterprise().regionCode(), caller.scope());
            case OPERATOR, TRIAGE, ADMIN -> true;
        };
    }

    /** The list a caller sees when it asks for "the issues": its own, its paired enterprises', its department's... */
    public IssueQuery listFor(Subject caller, String uscc, IssueState state, boolean includeMerged, String cursor,
                              int limit, Regions regions) {
        return switch (caller.kind()) {
            // another enterprise's USCC as a filter simply matches nothing
            case ENTERPRISE -> new IssueQuery(IssueQuery.Scope.ENTERPRISE, caller.scope(), uscc, state,
                    includeMerged, null, cursor, limit);
            case CADRE -> new IssueQuery(IssueQuery.Scope.PAIRED_WITH_CADRE, caller.scope(), uscc, state,
                    includeMerged, null, cursor, limit);
            case OFFICER, HEAD -> new IssueQuery(IssueQuery.Scope.DEPARTMENT, caller.scope(), uscc, state,
                    includeMerged, null, cursor, limit);
            case LEADER -> new IssueQuery(IssueQuery.Scope.ALL, null, uscc, state, includeMerged,
                    within(regions, caller.scope()), cursor, limit);
            case OPERATOR, TRIAGE, ADMIN -> new IssueQuery(IssueQuery.Scope.ALL, null, uscc, state, includeMerged,
                    null, cursor, limit);
        };
    }

    private static Set<String> within(Regions regions, String ancestor) {
        return regions.codes().stream().filter(code -> regions.isWithin(code, ancestor)).collect(Collectors.toSet());
    }

    private static List<String> coDepartments(Issue issue) {
        if (issue.ticket() != null) {
            return issue.ticket().coDepartments();
        }
        return issue.routing() == null ? List.of() : issue.routing().coDepartments();
    }
}
