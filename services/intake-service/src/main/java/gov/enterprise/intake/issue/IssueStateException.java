package gov.enterprise.intake.issue;

import java.util.List;

/** An action the issue's current state does not allow; names the state and what is allowed instead. */
public class IssueStateException extends RuntimeException {

    private final IssueState state;
    private final List<String> allowedActions;

    public IssueStateException(String message, IssueState state, List<String> allowedActions) {
        super(message);
        this.state = state;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public IssueState state() {
        return state;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
