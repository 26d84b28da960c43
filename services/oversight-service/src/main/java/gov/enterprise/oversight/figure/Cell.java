package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * The dimensions figures are filtered and broken down by: the enterprise's region and industry cluster, the issue's
 * category and its responsible department. An empty string is "not known yet" (an issue not routed yet has no
 * category or department), so every cell has a key.
 */
public record Cell(String region, String cluster, String category, String department) implements Comparable<Cell> {

    public static final String UNKNOWN = "";

    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::region).thenComparing(Cell::cluster)
            .thenComparing(Cell::category).thenComparing(Cell::department);

    public Cell {
        requireNonNull(region, "region");
        requireNonNull(cluster, "cluster");
        requireNonNull(category, "category");
        requireNonNull(department, "department");
    }

    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }
}
