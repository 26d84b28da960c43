package gov.enterprise.visit.issue;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;

/**
 * An enterprise's issue as its file shows it, kept from intake's and resolution's events: what was reported, and its
 * current status, department and traffic light.
 *
 * <p>The two services publish on different topics, so their events about one issue may arrive in either order.
 * Status, department and category therefore follow the most recent fact by event time (an older fact only fills in
 * what is still unknown), and the ticket's details follow its highest version.
 *
 * @param status      the latest status: intake's ({@code REPORTED}, {@code ROUTED}, {@code TRIAGE},
 *                    {@code DUPLICATE}, {@code REJECTED}) or the ticket's state once it has one
 * @param statusAt    the event time of the fact that set the status
 * @param ticket      the ticket, once resolution opened one, else null
 */
public record EnterpriseIssue(String issueId, String uscc, String title, String channel, String visitId,
                              String reportedBy, Instant reportedAt, String category, String department,
                              String status, Instant statusAt, TicketState ticket) {

    /** Statuses after which nothing more happens to the issue. */
    public static final Set<String> FINISHED = Set.of("CLOSED", "DUPLICATE", "REJECTED");

    /**
     * Statuses in which no department has the issue: its ticket returned as misrouted, in triage (also after such a
     * return) or rejected there. A ticket returned before is no longer the issue's.
     */
    private static final Set<String> WITH_NO_DEPARTMENT = Set.of("RETURNED", "TRIAGE", "REJECTED");

    public EnterpriseIssue {
        requireNonNull(issueId, "issueId");
        requireNonNull(uscc, "uscc");
        requireNonNull(status, "status");
        requireNonNull(statusAt, "statusAt");
        // also when the returned ticket's own event arrives after intake's (another topic): it fills in nothing
        if (WITH_NO_DEPARTMENT.contains(status)) {
            department = null;
        }
    }

    /** An issue first heard of through {@code status} at {@code at}. */
    public static EnterpriseIssue first(String issueId, String uscc, String status, Instant at) {
        return new EnterpriseIssue(issueId, uscc, null, null, null, null, null, null, null, status, at, null);
    }

    public boolean open() {
        return !FINISHED.contains(status);
    }

    public String light() {
        TicketState current = currentTicket();
        return current == null ? null : current.light();
    }

    /** The ticket the issue is handled under now: none before one is opened, or while no department has it. */
    public TicketState currentTicket() {
        return WITH_NO_DEPARTMENT.contains(status) ? null : ticket;
    }

    /** Intake collected it. */
    public EnterpriseIssue reported(String title, String channel, String visitId, String reportedBy,
                                    Instant reportedAt, Instant at) {
        return new EnterpriseIssue(issueId, uscc, title, channel, visitId, reportedBy, reportedAt, category,
                department, newer(at) ? "REPORTED" : status, newer(at) ? at : statusAt, ticket);
    }

    /** Intake moved it to {@code state}, naming its category and department when it routed it. */
    public EnterpriseIssue intakeState(String state, String newCategory, String newDepartment, Instant at) {
        boolean newer = newer(at);
        return new EnterpriseIssue(issueId, uscc, title, channel, visitId, reportedBy, reportedAt,
                pick(newer, category, newCategory), pick(newer, department, newDepartment),
                newer ? state : status, newer ? at : statusAt, ticket);
    }

    /** Resolution described its ticket. */
    public EnterpriseIssue ticket(TicketState described, Instant at) {
        boolean newerTicket = ticket == null || described.version() >= ticket.version();
        boolean newer = newer(at) && newerTicket;
        return new EnterpriseIssue(issueId, uscc, title, channel, visitId, reportedBy, reportedAt,
                pick(newer, category, described.category()), pick(newer, department, described.department()),
                newer ? described.state() : status, newer ? at : statusAt, newerTicket ? described : ticket);
    }

    private boolean newer(Instant at) {
        return !at.isBefore(statusAt);
    }

    private static String pick(boolean newer, String current, String offered) {
        if (offered == null) {
            return current;
        }
        return newer || current == null ? offered : current;
    }
}
