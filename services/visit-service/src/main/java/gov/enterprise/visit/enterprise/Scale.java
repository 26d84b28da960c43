package gov.enterprise.visit.enterprise;

/** Whether the enterprise's annual revenue is at or above the statistical threshold (规上) or below it (规下). */
public enum Scale {
    ABOVE_SCALE,
    BELOW_SCALE
}
