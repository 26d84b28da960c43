package gov.enterprise.intake.classification;

import gov.enterprise.reference.Category;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses an issue's category: a valid category hint wins; otherwise each category scores the weights of its
 * distinct terms found in the title and description, and the best score wins if it reaches the minimum and no other
 * category has the same score. Anything else goes to triage, where a person decides (一事一议).
 */
public final class Classifier {

    /** A single weak word (weight 1) is not enough to route on. */
    public static final int DEFAULT_MIN_SCORE = 2;

    private final TermMatcher matcher;
    private final Set<String> categories;
    private final int minScore;

    public Classifier(Collection<CategoryDictionary> dictionaries, Collection<String> categories, int minScore) {
        if (minScore < 1) {
            throw new IllegalArgumentException("the minimum score is at least 1");
        }
        this.matcher = new TermMatcher(dictionaries);
        this.categories = Set.copyOf(categories);
        this.minScore = minScore;
    }

    public int minScore() {
        return minScore;
    }

    /**
     * A category hint as typed into a report or a trial: the code it is written as ({@code " energy"} is ENERGY), or
     * null when the text cannot be a code at all ({@code 用电}) and is no hint. Whether the category exists is
     * {@link #classify}'s question.
     */
    public static String typedHint(String typed) {
        return typed == null ? null : Category.codeOf(typed).orElse(null);
    }

    public Classification classify(String title, String description, String categoryHint) {
        if (categoryHint != null && !categoryHint.isBlank()) {
            String hint = categoryHint.strip();
            if (categories.contains(hint)) {
                return new Classification(hint, Classification.Method.HINT,
                        "category hint " + hint + " names a known category and is used as given", List.of());
            }
            Classification byText = classifyText(title, description);
            return new Classification(byText.category(), byText.method(),
                    "category hint '" + hint + "' is not a known category and was ignored; " + byText.reason(),
                    byText.scores());
        }
        return classifyText(title, description);
    }

    private Classification classifyText(String title, String description) {
        List<CategoryScore> scores = score(TextNormalizer.normalize(title) + "\n" + TextNormalizer.normalize(description));
        if (scores.isEmpty()) {
            return new Classification(null, Classification.Method.NONE,
                    "no dictionary term was found in the text", scores);
        }
        CategoryScore best = scores.getFirst();
        if (best.score() < minScore) {
            return new Classification(null, Classification.Method.NONE, "best score " + best.explain()
                    + " is below the minimum of " + minScore, scores);
        }
        List<CategoryScore> tied = scores.stream().filter(s -> s.score() == best.score()).toList();
        if (tied.size() > 1) {
            return new Classification(null, Classification.Method.NONE, "tie: "
                    + tied.stream().map(CategoryScore::explain).collect(Collectors.joining(" and ")), scores);
        }
        String runnerUp = scores.size() > 1 ? "; next " + scores.get(1).explain() : "";
        return new Classification(best.category(), Classification.Method.DICTIONARY,
                "dictionary: " + best.explain() + runnerUp, scores);
    }

    /** Every category the text speaks for, best first (ties in category order for a stable answer). */
    List<CategoryScore> score(String normalizedText) {
        Map<String, Map<String, Integer>> hitsByCategory = new LinkedHashMap<>();
        for (TermMatcher.Match match : matcher.find(normalizedText)) {
            for (TermMatcher.Entry entry : match.entries()) {
                if (entry.weight() > 0 && categories.contains(entry.category())) {
                    // a term counts once however often it is repeated: repetition is emphasis, not evidence
                    hitsByCategory.computeIfAbsent(entry.category(), c -> new LinkedHashMap<>())
                            .putIfAbsent(match.term(), entry.weight());
                }
            }
        }
        var scores = new ArrayList<CategoryScore>();
        hitsByCategory.forEach((category, hits) -> {
            List<TermHit> termHits = hits.entrySet().stream()
                    .map(hit -> new TermHit(hit.getKey(), hit.getValue()))
                    .sorted(Comparator.comparingInt(TermHit::weight).reversed())
                    .toList();
            scores.add(new CategoryScore(category, termHits.stream().mapToInt(TermHit::weight).sum(), termHits));
        });
        scores.sort(Comparator.comparingInt(CategoryScore::score).reversed().thenComparing(CategoryScore::category));
        return scores;
    }

    /** The categories with dictionaries this classifier knows, for reports. */
    public Set<String> categories() {
        return new LinkedHashSet<>(categories);
    }
}
