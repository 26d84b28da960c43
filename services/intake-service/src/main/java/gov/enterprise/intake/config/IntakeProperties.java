package gov.enterprise.intake.config;

import gov.enterprise.intake.classification.Classifier;
import gov.enterprise.intake.duplicate.DuplicateDetector;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The intake service's settings ({@code intake.*}).
 *
 * @param zone           the time zone whose calendar days deadlines count in
 * @param classification how sure the dictionaries must be
 * @param duplicates     when an issue counts as a possible repeat
 * @param policy         how long a snapshot of rules, dictionaries, SLA policies and calendars is kept before it is
 *                       read again (changes made on this instance are seen at once)
 */
@ConfigurationProperties("intake")
public record IntakeProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                               @DefaultValue Classification classification,
                               @DefaultValue Duplicates duplicates,
                               @DefaultValue Policy policy) {

    /** @param minScore the least score a category needs to be chosen by the dictionaries */
    public record Classification(@DefaultValue("" + Classifier.DEFAULT_MIN_SCORE) int minScore) {
    }

    /**
     * @param threshold character-bigram Jaccard similarity from which a text counts as a repeat
     * @param window    how far back to look for the original
     */
    public record Duplicates(@DefaultValue("" + DuplicateDetector.DEFAULT_THRESHOLD) double threshold,
                             @DefaultValue("30d") Duration window) {
    }

    public record Policy(@DefaultValue("5s") Duration refresh) {
    }
}
