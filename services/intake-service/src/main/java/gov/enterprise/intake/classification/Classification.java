package gov.enterprise.intake.classification;

import java.util.List;
import java.util.Optional;

/**
 * The category chosen for an issue, or none, and why. Every decision keeps its reason, so a triage officer (and
 * anyone reviewing the dictionaries) can see what the text said.
 *
 * @param category the chosen category, or null when nothing fitted or two categories tied
 * @param method   how it was decided
 * @param reason   the explanation shown to people
 * @param scores   the categories the text spoke for, best first (empty for a hint)
 */
public record Classification(String category, Method method, String reason, List<CategoryScore> scores) {

    public enum Method {
        /** The reporter's category hint named a known category. */
        HINT,
        /** The dictionaries chose one category clearly. */
        DICTIONARY,
        /** Nothing fitted, or categories tied: a person decides. */
        NONE,
        /** A triage officer chose the category by hand. */
        TRIAGE
    }

    public Classification {
        if (method == null || reason == null) {
            throw new IllegalArgumentException("a classification needs a method and a reason");
        }
        if ((category == null) != (method == Method.NONE)) {
            throw new IllegalArgumentException("a category is chosen exactly when the method is not NONE");
        }
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public static Classification byHand(String category, String actor) {
        return new Classification(category, Method.TRIAGE, "category " + category + " chosen by " + actor, List.of());
    }

    public Optional<String> chosen() {
        return Optional.ofNullable(category);
    }
}
