package gov.enterprise.resolution.ticket;

/** What the department's answer amounts to: leaders must see real solutions apart from answers. */
public enum Outcome {
    /** The problem is solved. */
    SOLVED,
    /** Explained, not solved: no legal basis, a policy limit. */
    EXPLAINED,
    /** A solution is planned, with a date. */
    PLANNED
}
