package gov.enterprise.visit.visit;

/** How the cadre met the enterprise. */
public enum Mode {
    ON_SITE,
    PHONE,
    MEETING
}
