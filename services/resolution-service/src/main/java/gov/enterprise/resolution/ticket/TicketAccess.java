package gov.enterprise.resolution.ticket;

import gov.enterprise.security.Subject;
import gov.enterprise.security.SubjectKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Who may see a ticket and who may act on it, decided from the caller's signed subject alone:
 * <ul>
 *   <li>an officer of the lead department works the ticket; an officer of a co-department only contributes;</li>
 *   <li>the lead department's head decides on extensions;</li>
 *   <li>the enterprise's contact gives the verdict on the answer;</li>
 *   <li>a leader reads the tickets of the region it leads and may allow a ticket more extensions.</li>
 * </ul>
 * Everyone else does not see the ticket at all (the API answers 404, not revealing that it exists).
 */
public final class TicketAccess {

    private static final Set<TicketAction> LEAD_OFFICER = EnumSet.of(TicketAction.ACCEPT, TicketAction.TRANSFER,
            TicketAction.RETURN, TicketAction.PROGRESS, TicketAction.EXTEND, TicketAction.SUSPEND, TicketAction.RESUME,
            TicketAction.RESOLVE);

    private final BiPredicate<String, String> regionWithin;

    /** @param regionWithin whether a region (first) is the other (second) or lies inside it */
    public TicketAccess(BiPredicate<String, String> regionWithin) {
        this.regionWithin = regionWithin;
    }

    public boolean canSee(Subject caller, Ticket ticket) {
        return switch (caller.kind()) {
            case OFFICER, HEAD -> leads(caller, ticket) || ticket.coDepartments().contains(caller.scope());
            case ENTERPRISE -> caller.scope().equals(ticket.enterprise().uscc());
            case LEADER -> regionWithin.test(ticket.enterprise().regionCode(), caller.scope());
            default -> false;
        };
    }

    /** The actions {@code caller} may take on the ticket, whatever its state. */
    public Set<TicketAction> permitted(Subject caller, Ticket ticket) {
        var permitted = EnumSet.noneOf(TicketAction.class);
        for (TicketAction action : TicketAction.values()) {
            if (action.byPerson() && refusal(caller, action, ticket).isEmpty()) {
                permitted.add(action);
            }
        }
        return permitted;
    }

    /** Why {@code caller} may not take {@code action} on a ticket it can see, if it may not. */
    public Optional<String> refusal(Subject caller, TicketAction action, Ticket ticket) {
        boolean allowed = switch (action) {
            case ACCEPT, TRANSFER, RETURN, PROGRESS, EXTEND, SUSPEND, RESUME, RESOLVE ->
                    caller.is(SubjectKind.OFFICER) && leads(caller, ticket);
            case CONTRIBUTE -> caller.is(SubjectKind.OFFICER)
                    && ticket.coDepartments().contains(caller.scope());
            case DECIDE_EXTENSION -> caller.is(SubjectKind.HEAD) && leads(caller, ticket);
            case ALLOW_EXTENSION -> caller.is(SubjectKind.LEADER)
                    && regionWithin.test(ticket.enterprise().regionCode(), caller.scope());
            case FEEDBACK -> caller.is(SubjectKind.ENTERPRISE)
                    && caller.scope().equals(ticket.enterprise().uscc());
            case REASSIGN, REMIND_REVIEW, AUTO_CLOSE -> false;
        };
        return allowed ? Optional.empty() : Optional.of(explain(caller, action, ticket));
    }

    private static boolean leads(Subject caller, Ticket ticket) {
        return caller.scope() != null && caller.scope().equals(ticket.department());
    }

    private static String explain(Subject caller, TicketAction action, Ticket ticket) {
        if (!action.byPerson()) {
            return "'" + action.path() + "' is taken by the service itself";
        }
        if (LEAD_OFFICER.contains(action)) {
            return ticket.coDepartments().contains(caller.scope())
                    ? "a co-department may only contribute to this ticket"
                    : "only an officer of the lead department " + ticket.department() + " may " + action.path();
        }
        return switch (action) {
            case CONTRIBUTE -> "only an officer of a co-department may contribute";
            case DECIDE_EXTENSION -> "only the head of " + ticket.department() + " decides on extensions";
            case ALLOW_EXTENSION -> "only a leader in charge of the enterprise's region may allow more extensions";
            case FEEDBACK -> "only the enterprise's contact gives feedback";
            default -> caller + " may not " + action.path() + " this ticket";
        };
    }
}
