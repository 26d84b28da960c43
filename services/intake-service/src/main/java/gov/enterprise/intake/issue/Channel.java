package gov.enterprise.intake.issue;

/** How an issue reached intake. */
public enum Channel {
    /** Raised during a cadre's visit. */
    VISIT,
    /** Reported in the app by the enterprise. */
    APP,
    /** Taken by a hotline operator. */
    HOTLINE,
    /** Reported on the web, or by a service-centre operator. */
    WEB
}
