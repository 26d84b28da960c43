package gov.enterprise.oversight.query;

import java.util.Locale;

/** What a breakdown groups by; each is a column of the cube tables. */
public enum Dimension {

    DEPARTMENT, REGION, CLUSTER, CATEGORY;

    public static Dimension parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Visits have an enterprise (region, cluster) but no category or department. */
    public boolean appliesToVisits() {
        return this == REGION || this == CLUSTER;
    }
}
