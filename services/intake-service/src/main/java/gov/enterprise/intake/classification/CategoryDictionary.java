package gov.enterprise.intake.classification;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;

/** The terms that speak for one category. A term listed twice keeps its last weight. */
public record CategoryDictionary(String category, List<Term> terms) {

    public CategoryDictionary {
        requireNonNull(category, "category");
        var unique = new LinkedHashMap<String, Term>();
        for (Term term : terms) {
            unique.put(term.text(), term);
        }
        terms = List.copyOf(unique.values());
    }
}
