package gov.enterprise.simulator.campaign;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The intake service's duplicate measure (Jaccard index of character bigrams), mirrored to check the texts. */
final class TextSimilarity {

    private TextSimilarity() {
    }

    static double jaccard(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String bigram : x) {
            if (y.contains(bigram)) {
                common++;
            }
        }
        return (double) common / (x.size() + y.size() - common);
    }

    static Set<String> bigrams(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var letters = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        int[] points = letters.codePoints().toArray();
        var bigrams = new HashSet<String>();
        for (int i = 0; i + 1 < points.length; i++) {
            bigrams.add(new String(points, i, 2));
        }
        return bigrams;
    }
}
