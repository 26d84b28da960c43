package gov.enterprise.intake.classification;

import gov.enterprise.text.FreeText;
import java.text.Normalizer;
import java.util.Locale;

/**
 * One form for text before terms are looked up in it: full-width letters and digits folded (NFKC), lower case, no
 * white space (Chinese is written without it; a stray space must not split a phrase), and no invisible format
 * characters: text pasted from web pages and chat apps carries zero-width spaces and byte-order marks that would
 * split a phrase as a space does.
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
        // the characters the text rule calls invisible: a term of them alone is refused there and would be empty here
        folded.codePoints().filter(cp -> !FreeText.isInvisible(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
