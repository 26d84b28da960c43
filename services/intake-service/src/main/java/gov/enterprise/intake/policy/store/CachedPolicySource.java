package gov.enterprise.intake.policy.store;

import gov.enterprise.intake.catalog.Catalog;
import gov.enterprise.intake.catalog.store.JdbcCatalog;
import gov.enterprise.intake.classification.CategoryDictionary;
import gov.enterprise.intake.classification.Classifier;
import gov.enterprise.intake.classification.store.JdbcDictionaries;
import gov.enterprise.intake.deadline.DeadlineSchedule;
import gov.enterprise.intake.deadline.SlaPolicies;
import gov.enterprise.intake.deadline.store.JdbcCalendars;
import gov.enterprise.intake.deadline.store.JdbcSlaPolicies;
import gov.enterprise.intake.policy.IntakePolicy;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.intake.routing.RuleSet;
import gov.enterprise.intake.routing.store.JdbcRoutingRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The policy read from the service's tables and kept for a short while: every issue needs it, and it changes only
 * when an administrator edits it. A change on this instance is seen at once; on other instances within
 * {@code refresh}.
 */
public class CachedPolicySource implements PolicySource {

    /** A policy, when it was loaded, and how many changes this instance had made before the load began. */
    private record Cached(IntakePolicy policy, Instant loadedAt, long changesBefore) {
    }

    private final JdbcCatalog catalog;
    private final JdbcDictionaries dictionaries;
    private final JdbcRoutingRules rules;
    private final JdbcSlaPolicies slaPolicies;
    private final JdbcCalendars calendars;
    private final int minScore;
    private final ZoneId zone;
    private final Duration refresh;
    private volatile Cached cached;
    private final AtomicLong changes = new AtomicLong();

    public CachedPolicySource(JdbcCatalog catalog, JdbcDictionaries dictionaries, JdbcRoutingRules rules,
                              JdbcSlaPolicies slaPolicies, JdbcCalendars calendars, int minScore, ZoneId zone,
                              Duration refresh) {
        this.catalog = catalog;
        this.dictionaries = dictionaries;
        this.rules = rules;
        this.slaPolicies = slaPolicies;
        this.calendars = calendars;
        this.minScore = minScore;
        this.zone = zone;
        this.refresh = refresh;
    }

    @Override
    public IntakePolicy current() {
        Cached snapshot = cached;
        Instant now = Instant.now();
        long changesNow = changes.get();
        // a snapshot whose load began before a change on this instance may hold what the change replaced
        if (snapshot == null || snapshot.changesBefore() != changesNow
                || snapshot.loadedAt().plus(refresh).isBefore(now)) {
            snapshot = new Cached(load(), now, changesNow);
            cached = snapshot;
        }
        return snapshot.policy();
    }

    @Override
    public void changed() {
        changes.incrementAndGet();
    }

    private IntakePolicy load() {
        Catalog reference = catalog.load();
        List<CategoryDictionary> terms = dictionaries.load();
        Classifier classifier = new Classifier(terms,
                reference.categories().stream().map(c -> c.code()).toList(), minScore);
        return new IntakePolicy(reference, classifier, new RuleSet(rules.inForce(), reference.regions()),
                new DeadlineSchedule(calendars.load(), new SlaPolicies(slaPolicies.load()), zone));
    }
}
