package gov.enterprise.oversight.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Departments ranked on their results (以实绩论英雄): by handled rate, on-time rate, satisfaction rate, or working
 * days to resolve (fewer is better). A department with fewer tickets than the minimum, or without a value for the
 * measure (no closed ticket yet), is listed as unranked rather than ranked on too little. Equal values share a rank
 * (1, 2, 2, 4).
 */
public final class DepartmentRanking {

    /** What departments are ranked on. */
    public enum Measure {

        HANDLED_RATE(Figures::handledRate, true),
        ON_TIME_RATE(Figures::onTimeRate, true),
        SATISFACTION_RATE(Figures::satisfactionRate, true),
        WORKING_DAYS(Figures::averageWorkingDaysToResolve, false);

        private final Function<Figures, Double> value;
        private final boolean higherIsBetter;

        Measure(Function<Figures, Double> value, boolean higherIsBetter) {
            this.value = value;
            this.higherIsBetter = higherIsBetter;
        }

        /** From the API's camel-case name: {@code handledRate}, {@code onTimeRate}, ... */
        public static Measure parse(String text) {
            for (Measure measure : values()) {
                if (measure.apiName().equalsIgnoreCase(text)) {
                    return measure;
                }
            }
            throw new IllegalArgumentException("unknown measure " + text);
        }

        public String apiName() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            var name = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return name.toString();
        }

        public Double valueOf(Figures figures) {
            return value.apply(figures);
        }

        public boolean higherIsBetter() {
            return higherIsBetter;
        }
    }

    /** One department's place; {@code rank} is null for an unranked department. */
    public record Place(Integer rank, String department, Figures figures, Double value) {
    }

    private DepartmentRanking() {
    }

    /** Ranked departments first (best first), then unranked ones by tickets, most first. */
    public static List<Place> rank(List<Row> rows, Measure measure, long minimumTickets) {
        var ranked = new ArrayList<Row>();
        var unranked = new ArrayList<Row>();
        for (Row row : rows) {
            if (row.figures().tickets() >= minimumTickets && measure.valueOf(row.figures()) != null) {
                ranked.add(row);
            } else {
                unranked.add(row);
            }
        }
        Comparator<Row> byValue = Comparator.comparing(row -> measure.valueOf(row.figures()));
        ranked.sort((measure.higherIsBetter() ? byValue.reversed() : byValue)
                .thenComparing(Comparator.comparingLong((Row row) -> row.figures().tickets()).reversed())
                .thenComparing(Row::department));
        unranked.sort(Comparator.comparingLong((Row row) -> row.figures().tickets()).reversed()
                .thenComparing(Row::department));
        var places = new ArrayList<Place>(rows.size());
        Double previous = null;
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Row row = ranked.get(i);
            Double value = measure.valueOf(row.figures());
            if (!value.equals(previous)) {
                rank = i + 1;
                previous = value;
            }
            places.add(new Place(rank, row.department(), row.figures(), value));
        }
        unranked.forEach(row -> places.add(new Place(null, row.department(), row.figures(),
                measure.valueOf(row.figures()))));
        return places;
    }

    /** A department's figures. */
    public record Row(String department, Figures figures) {
    }
}
