package gov.enterprise.intake.classification.store;

import gov.enterprise.intake.classification.CategoryDictionary;
import gov.enterprise.intake.classification.Term;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The classification dictionaries, one row per term. */
@Repository
public class JdbcDictionaries {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcDictionaries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every category's dictionary (categories without terms have an empty one). */
    public List<CategoryDictionary> load() {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        jdbc.sql("SELECT code FROM category ORDER BY code").query(String.class).list()
                .forEach(code -> terms.put(code, new ArrayList<>()));
        jdbc.sql("SELECT category, term, weight FROM classification_term ORDER BY category, weight DESC, term")
                .query((rs, n) -> {
                    terms.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                            .add(new Term(rs.getString(2), rs.getInt(3)));
                    return null;
                })
                .list();
        return terms.entrySet().stream().map(e -> new CategoryDictionary(e.getKey(), e.getValue())).toList();
    }

    /** Replaces the terms of one category. */
    @Transactional
    public void replace(CategoryDictionary dictionary, String actor) {
        jdbc.sql("DELETE FROM classification_term WHERE category = ?").param(dictionary.category()).update();
        var at = new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (Term term : dictionary.terms()) {
            jdbc.sql("""
                            INSERT INTO classification_term (category, term, weight, changed_by, changed_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(dictionary.category(), term.text(), term.weight(), actor, at)
                    .update();
        }
    }
}
