package gov.enterprise.resolution.ticket;

import java.util.Set;

/**
 * An action the ticket's state (or what it has already been through) does not allow. Says which state the ticket is
 * in and what can be done in it instead.
 */
public final class TransitionRefused extends RuntimeException {

    private final TicketState state;
    private final TicketAction action;
    private final Set<TicketAction> allowedActions;

    public TransitionRefused(TicketState state, TicketAction action, Set<TicketAction> allowedActions, String reason) {
        super(reason);
        this.state = state;
        this.action = action;
        this.allowedActions = Set.copyOf(allowedActions);
    }

    public TicketState state() {
        return state;
    }

    public TicketAction action() {
        return action;
    }

    public Set<TicketAction> allowedActions() {
        return allowedActions;
    }
}
