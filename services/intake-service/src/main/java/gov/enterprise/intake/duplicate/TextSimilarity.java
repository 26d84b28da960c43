package gov.enterprise.intake.duplicate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two Chinese texts are, without word segmentation: the Jaccard index of their sets of character bigrams
 * (adjacent pairs of letters or digits; punctuation and spaces dropped, full-width forms folded). Rewording a few
 * characters of a sentence changes only the bigrams around them, while two different matters share few pairs beyond
 * the topic's common words.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    public static double jaccard(String a, String b) {
        return jaccard(bigrams(a), bigrams(b));
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0.0;
        }
        int common = 0;
        for (String bigram : a) {
            if (b.contains(bigram)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    public static Set<String> bigrams(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var letters = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        int[] codePoints = letters.codePoints().toArray();
        var bigrams = new HashSet<String>();
        if (codePoints.length == 1) {
            bigrams.add(new String(codePoints, 0, 1));
        }
        for (int i = 0; i + 1 < codePoints.length; i++) {
            bigrams.add(new String(codePoints, i, 2));
        }
        return bigrams;
    }
}
