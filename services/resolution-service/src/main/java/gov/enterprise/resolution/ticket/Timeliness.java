package gov.enterprise.resolution.ticket;

/** How a closed ticket kept its resolution deadline. */
public enum Timeliness {
    /** Answered by the deadline the routing set. */
    ON_TIME,
    /** Answered after that deadline but within an approved extension. */
    ON_TIME_EXTENDED,
    /** A resolution deadline passed without an answer. */
    OVERDUE
}
