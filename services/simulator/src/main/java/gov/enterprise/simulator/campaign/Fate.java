package gov.enterprise.simulator.campaign;

/**
 * Where an issue ends up when the campaign is loaded: the handling the departments, the triage desk and the
 * enterprise give it. The simulator drives each issue to its fate by looking at its state and taking the next step,
 * so a reload (or a resumed load) never repeats a step.
 */
public enum Fate {

    /** Still waiting in its department's queue: not handled. */
    PENDING(false),
    /** Sent back as misrouted and still waiting at the triage desk: not handled. */
    RETURNED_WAITING(false),
    /** Nothing fitted, waiting for a person at the triage desk (一事一议): not handled. */
    TRIAGE_WAITING(false),
    /** Confirmed as a repeat of an earlier issue and merged into it: not collected again. */
    DUPLICATE(false),

    ACCEPTED(true),
    IN_PROGRESS(true),
    /** In progress with one extension approved by the department head. */
    EXTENDED(true),
    /** A long-term matter set aside until a review date. */
    SUSPENDED(true),
    /** Answered, waiting for the enterprise's verdict. */
    RESOLVED(true),
    /** Answered and closed with the enterprise satisfied or basically satisfied. */
    CLOSED(true),
    /** The enterprise was dissatisfied: handled again. */
    REOPENED(true),
    /** Reopened once, answered again and closed on the enterprise's second verdict. */
    CLOSED_AFTER_REOPENING(true);

    private final boolean handled;

    Fate(boolean handled) {
        this.handled = handled;
    }

    /** Whether the issue counts as handled (its ticket ACCEPTED or beyond). */
    public boolean handled() {
        return handled;
    }

    /** How the issue reaches the department that finally handles it. */
    public enum Route {
        /** The department intake routes it to (or triage, if nothing fits) handles it. */
        DIRECT,
        /** The first department hands it to another (转办). */
        TRANSFERRED,
        /** The first department sends it back as misrouted (退回) and triage routes it anew. */
        RETURNED
    }
}
