package gov.enterprise.intake.classification;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One form for text before terms are looked up in it: full-width letters and digits folded (NFKC), lower case, no
 * white space (Chinese is written without it; a stray space must not split a phrase).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
