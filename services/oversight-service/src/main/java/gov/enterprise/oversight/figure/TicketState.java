package gov.enterprise.oversight.figure;

import java.util.Set;

/** The ticket states the figures group (brief §3): "handled", "resolved" and "open" (its deadline still runs). */
public final class TicketState {

    public static final Set<String> HANDLED =
            Set.of("ACCEPTED", "IN_PROGRESS", "SUSPENDED", "RESOLVED", "CLOSED", "REOPENED");
    public static final Set<String> RESOLVED = Set.of("RESOLVED", "CLOSED");
    /** States in which a department still owes an answer, so a red light means overdue. */
    public static final Set<String> OPEN = Set.of("ASSIGNED", "ACCEPTED", "IN_PROGRESS", "REOPENED", "TRANSFERRED");
    /** Open states in which the department has not accepted the ticket yet: its acceptance deadline runs. */
    public static final Set<String> AWAITING_ACCEPTANCE = Set.of("ASSIGNED", "TRANSFERRED");

    /** Given back as misrouted: the issue is in intake's triage, no department's until it is routed again. */
    public static final String RETURNED = "RETURNED";
    public static final String CLOSED = "CLOSED";
    public static final String RED = "RED";
    public static final String SOLVED = "SOLVED";

    private TicketState() {
    }
}
