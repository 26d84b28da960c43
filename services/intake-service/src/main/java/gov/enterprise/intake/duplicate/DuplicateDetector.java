package gov.enterprise.intake.duplicate;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Flags an issue whose text is very similar to one the same enterprise reported within the window (30 days by
 * default). The threshold is on {@link TextSimilarity#jaccard}: the same matter retyped, reworded or reordered by
 * another reporter measured 0.46 to 0.72, two different matters of one enterprise on the same topic written with the
 * same stock phrases (企业反映…希望政府协调解决) 0.21 to 0.27, unrelated matters under 0.05; 0.4 lies in the gap
 * (see DuplicateDetectorTest). A flag is only a suggestion: a triage officer confirms or rejects it, and nothing is
 * dropped.
 */
public final class DuplicateDetector {

    public static final double DEFAULT_THRESHOLD = 0.4;
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final double threshold;
    private final Duration window;

    public DuplicateDetector(double threshold, Duration window) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("the similarity threshold lies in (0, 1]");
        }
        this.threshold = threshold;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    public double threshold() {
        return threshold;
    }

    /** The earliest of the most similar candidates reported within the window before {@code reportedAt}, if any. */
    public Optional<DuplicateMatch> findOriginal(String title, String description, Instant reportedAt,
                                                 List<DuplicateCandidate> candidates) {
        long[] text = TextSimilarity.bigrams(title + "\n" + description);
        Instant from = reportedAt.minus(window);
        return candidates.stream()
                .filter(candidate -> !candidate.reportedAt().isBefore(from) && !candidate.reportedAt().isAfter(reportedAt))
                .map(candidate -> new Scored(candidate, TextSimilarity.jaccard(text,
                        TextSimilarity.bigrams(candidate.title() + "\n" + candidate.description()))))
                .filter(scored -> scored.similarity() >= threshold)
                .min(Comparator.comparingDouble(Scored::similarity).reversed()
                        .thenComparing(scored -> scored.candidate().reportedAt()))
                .map(scored -> new DuplicateMatch(scored.candidate().issueId(), round(scored.similarity())));
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }

    private record Scored(DuplicateCandidate candidate, double similarity) {
    }
}
