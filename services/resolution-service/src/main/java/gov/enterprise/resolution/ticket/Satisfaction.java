package gov.enterprise.resolution.ticket;

/** The enterprise's verdict on the answer (满意度). */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
