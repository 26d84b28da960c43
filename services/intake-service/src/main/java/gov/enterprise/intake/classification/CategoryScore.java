package gov.enterprise.intake.classification;

import java.util.List;
import java.util.stream.Collectors;

/** How much the text speaks for one category, and which terms said so. */
public record CategoryScore(String category, int score, List<TermHit> hits) {

    public CategoryScore {
        hits = List.copyOf(hits);
    }

    /** {@code LAND 7 (用地指标 3, 厂房 2, 土地 2)}. */
    public String explain() {
        return category + " " + score + hits.stream().map(TermHit::toString).collect(Collectors.joining(", ", " (", ")"));
    }
}
