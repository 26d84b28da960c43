package gov.enterprise.resolution.ticket;

import java.util.Collection;
import java.util.List;

/**
 * What can be done to a ticket. People's actions are addressed as {@code POST /api/v1/tickets/{issueId}/{path}};
 * the others are taken by the service itself, from intake's events or from the deadline evaluation.
 */
public enum TicketAction {

    ACCEPT("accept", true),
    TRANSFER("transfer", true),
    RETURN("return", true),
    PROGRESS("progress", true),
    CONTRIBUTE("contribute", true),
    EXTEND("extend", true),
    /** The department head's decision on a requested extension. */
    DECIDE_EXTENSION("extension", true),
    /** A leader allows the department another extension beyond the one every ticket has. */
    ALLOW_EXTENSION("allow-extension", true),
    SUSPEND("suspend", true),
    RESUME("resume", true),
    RESOLVE("resolve", true),
    FEEDBACK("feedback", true),
    /** Intake routed a returned issue anew. */
    REASSIGN("reassign", false),
    /** A suspended ticket reached its review date. */
    REMIND_REVIEW("remind-review", false),
    /** The enterprise gave no verdict in time. */
    AUTO_CLOSE("auto-close", false);

    private final String path;
    private final boolean byPerson;

    TicketAction(String path, boolean byPerson) {
        this.path = path;
        this.byPerson = byPerson;
    }

    /** The last path segment of the action's endpoint, also its name in problems and views. */
    public String path() {
        return path;
    }

    /** The paths of {@code actions}, in the order of the workflow. */
    public static List<String> paths(Collection<TicketAction> actions) {
        return actions.stream().sorted().map(TicketAction::path).toList();
    }

    /** Whether a person takes it through the API (else the service does). */
    public boolean byPerson() {
        return byPerson;
    }

    @Override
    public String toString() {
        return path;
    }
}
