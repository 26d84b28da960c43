package gov.enterprise.intake.classification.web;

import gov.enterprise.intake.classification.CategoryDictionary;
import gov.enterprise.intake.classification.CategoryScore;
import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.classification.Classifier;
import gov.enterprise.intake.classification.Term;
import gov.enterprise.intake.classification.store.JdbcDictionaries;
import gov.enterprise.intake.classification.store.StoredDictionary;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.security.Subject;
import gov.enterprise.version.VersionCondition;
import gov.enterprise.web.problem.FieldProblem;
import gov.enterprise.web.problem.Problems;
import gov.enterprise.web.text.FreeTextField;
import gov.enterprise.web.version.EntityVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The classification dictionaries as data: administrators read and replace a category's terms and weights, and
 * anyone deciding about them can try a text against the dictionaries in force.
 */
@RestController
@RequestMapping("/api/v1/classification")
public class DictionaryController {

    private final JdbcDictionaries dictionaries;
    private final PolicySource policies;

    public DictionaryController(JdbcDictionaries dictionaries, PolicySource policies) {
        this.dictionaries = dictionaries;
        this.policies = policies;
    }

    public record TermEntry(@NotBlank @FreeTextField(max = Term.MAX_LENGTH) String term, @NotNull Integer weight) {
    }

    public record DictionaryRequest(@NotNull @Size(max = 2000) List<@Valid @NotNull TermEntry> terms) {
    }

    @GetMapping("/dictionaries")
    public Map<String, Object> list() {
        return Map.of("minScore", policies.current().classifier().minScore(), "items", dictionaries.stored());
    }

    @GetMapping("/dictionaries/{category}")
    public ResponseEntity<StoredDictionary> get(@PathVariable String category) {
        StoredDictionary dictionary = dictionaries.stored().stream().filter(d -> d.category().equals(category))
                .findFirst().orElseThrow(() -> Problems.notFound("No category " + category));
        return ResponseEntity.ok().eTag(EntityVersion.etag(dictionary.version())).body(dictionary);
    }

    /**
     * Replaces the category's terms as the next version of its dictionary; the next classification uses them. With
     * {@code If-Match}, only if the dictionary is still at that version: an edit of an older read would drop the
     * terms added since.
     */
    @PutMapping("/dictionaries/{category}")
    public ResponseEntity<StoredDictionary> replace(@PathVariable String category,
                                                    @Valid @RequestBody DictionaryRequest request,
                                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                    Subject caller) {
        VersionCondition expected = EntityVersion.optional(ifMatch);
        if (!policies.current().catalog().isCategory(category)) {
            throw Problems.notFound("No category " + category);
        }
        var terms = new ArrayList<Term>();
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < request.terms().size(); i++) {
            TermEntry entry = request.terms().get(i);
            try {
                terms.add(new Term(entry.term(), entry.weight()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("terms[" + i + "]", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        StoredDictionary replaced = dictionaries.replace(new CategoryDictionary(category, terms), caller.toString(),
                expected);
        policies.changed();
        return ResponseEntity.ok().eTag(EntityVersion.etag(replaced.version())).body(replaced);
    }

    public record TrialRequest(@Size(max = 200) String title, @NotBlank @Size(max = 5000) String description,
                               @Size(max = 32) String categoryHint) {
    }

    public record TrialResult(String category, Classification.Method method, String reason,
                              List<CategoryScore> scores) {
    }

    /** How the dictionaries in force would classify a text; changes nothing. */
    @PostMapping("/trials")
    public TrialResult trial(@Valid @RequestBody TrialRequest request) {
        // the hint read as a report's is, or the trial would answer otherwise than the report it tries out
        Classification result = policies.current().classify(request.title() == null ? "" : request.title(),
                request.description(), Classifier.typedHint(request.categoryHint()));
        return new TrialResult(result.category(), result.method(), result.reason(), result.scores());
    }
}
