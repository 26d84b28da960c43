package gov.enterprise.intake.duplicate;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * How alike two Chinese texts are, without word segmentation: the Jaccard index of their sets of character bigrams
 * (adjacent pairs of letters or digits; punctuation and spaces dropped, full-width forms folded). Rewording a few
 * characters of a sentence changes only the bigrams around them, while two different matters share few pairs beyond
 * the topic's common words.
 */
public final class TextSimilarity {

    private static final long[] NONE = {};

    private TextSimilarity() {
    }

    public static double jaccard(String a, String b) {
        return jaccard(bigrams(a), bigrams(b));
    }

    /** The Jaccard index of two sets from {@link #bigrams}: their common elements counted by one merge. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0.0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /**
     * The text's distinct bigrams in ascending order, each pair of code points packed in one number (a text of one
     * letter gives that letter, below every pair). Numbers, not strings in a hash set: every candidate of a new issue
     * is compared, and the strings' allocation and hashing cost far more than the comparison. One plain loop picks
     * and folds the letters: in the service, whose other streams share the classes of the stream pipeline it
     * replaced, it halved the duplicate check's share of intake's CPU (docs/benchmarks.md).
     */
    public static long[] bigrams(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        int[] letters = new int[folded.length()];
        int count = 0;
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                // per code point, not String.toLowerCase: no second copy of the text (Greek final sigma aside, alike)
                letters[count++] = Character.toLowerCase(codePoint);
            }
        }
        if (count == 0) {
            return NONE;
        }
        if (count == 1) {
            return new long[] {letters[0]};
        }
        long[] pairs = new long[count - 1];
        for (int i = 0; i < pairs.length; i++) {
            // a code point takes 21 bits; a letter or digit is never 0, so every pair lies above every lone letter
            pairs[i] = (long) letters[i] << 21 | letters[i + 1];
        }
        Arrays.sort(pairs);
        int distinct = 1;
        for (int i = 1; i < pairs.length; i++) {
            if (pairs[i] != pairs[distinct - 1]) {
                pairs[distinct++] = pairs[i];
            }
        }
        return distinct == pairs.length ? pairs : Arrays.copyOf(pairs, distinct);
    }
}
