package gov.enterprise.intake.classification.store;

import gov.enterprise.intake.classification.CategoryDictionary;
import gov.enterprise.intake.classification.Term;
import gov.enterprise.version.StaleVersionException;
import gov.enterprise.version.VersionCondition;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The classification dictionaries: one row per term, and one per category with its dictionary's version. */
@Repository
public class JdbcDictionaries {

    private static final Logger log = LoggerFactory.getLogger(JdbcDictionaries.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcDictionaries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every category's dictionary (categories without terms have an empty one). */
    public List<CategoryDictionary> load() {
        return stored().stream().map(d -> new CategoryDictionary(d.category(), d.terms())).toList();
    }

    /** Every category's dictionary with its version (read in one snapshot, so the terms are the version's). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<StoredDictionary> stored() {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        jdbc.sql("SELECT category, term, weight FROM classification_term ORDER BY category, weight DESC, term")
                .query((rs, n) -> {
                    List<Term> kept = terms.computeIfAbsent(rs.getString(1), c -> new ArrayList<>());
                    try {
                        kept.add(new Term(rs.getString(2), rs.getInt(3)));
                    } catch (IllegalArgumentException e) {
                        // a row stored before a rule it breaks (an empty term did): every issue and every
                        // dictionary edit reads the dictionaries, so one bad row must not stop them all; the next
                        // replacement of the category's terms removes it
                        log.warn("Classification term '{}' of {} is not used: {}", rs.getString(2), rs.getString(1),
                                e.getMessage());
                    }
                    return null;
                })
                .list();
        return jdbc.sql("""
                        SELECT c.code, coalesce(d.version, 1), coalesce(d.changed_by, 'seed'), d.changed_at
                        FROM category c LEFT JOIN classification_dictionary d ON d.category = c.code
                        ORDER BY c.code""")
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
                    return new StoredDictionary(rs.getString(1), List.copyOf(terms.getOrDefault(rs.getString(1),
                            List.of())), rs.getInt(2), rs.getString(3), at == null ? null : at.toInstant());
                })
                .list();
    }

    /**
     * Replaces the terms of one category, as the next version of its dictionary. Concurrent replacements of one
     * dictionary wait for each other on its row.
     *
     * @throws StaleVersionException if {@code expected} does not admit the version being replaced
     */
    @Transactional
    public StoredDictionary replace(CategoryDictionary dictionary, String actor, VersionCondition expected) {
        var at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var changedAt = new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, at);
        // A category never written is at version 1 (its seed), so its first replacement is version 2.
        int version = jdbc.sql("""
                        INSERT INTO classification_dictionary AS d (category, version, changed_by, changed_at)
                        VALUES (?, 2, ?, ?)
                        ON CONFLICT (category) DO UPDATE
                            SET version = d.version + 1, changed_by = excluded.changed_by,
                                changed_at = excluded.changed_at
                        RETURNING version""")
                .params(dictionary.category(), actor, changedAt)
                .query(Integer.class).single();
        if (!expected.admits(version - 1)) {
            throw new StaleVersionException("The " + dictionary.category() + " dictionary", expected, version - 1);
        }
        jdbc.sql("DELETE FROM classification_term WHERE category = ?").param(dictionary.category()).update();
        for (Term term : dictionary.terms()) {
            jdbc.sql("""
                            INSERT INTO classification_term (category, term, weight, changed_by, changed_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(dictionary.category(), term.text(), term.weight(), actor, changedAt)
                    .update();
        }
        return new StoredDictionary(dictionary.category(), dictionary.terms(), version, actor, at.toInstant());
    }
}
