package gov.enterprise.intake.deadline;

/** How urgent an issue is; the SLA policy may give urgent issues shorter deadlines. */
public enum Priority {
    NORMAL,
    URGENT
}
