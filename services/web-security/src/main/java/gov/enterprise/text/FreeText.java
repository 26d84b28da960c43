package gov.enterprise.text;

/**
 * The one rule for text people type (titles, descriptions, summaries, names, notes), in every service: blanks around
 * it do not count, its length is counted in characters a person sees (code points: 100 Chinese characters, or 100
 * characters outside the Basic Multilingual Plane, are 100, not the UTF-16 units some of them take), and control
 * characters other than line breaks and tabs are refused, as is half of a surrogate pair alone (JSON's escapes can
 * write one), and so is text a person cannot see at all (no-break or zero-width spaces only). Plain Java, for domain code; request records use {@code gov.enterprise.web.text.FreeTextField}.
 */
public final class FreeText {

    private FreeText() {
    }

    /**
     * Why {@code text} is not acceptable, or null if it is.
     *
     * @param text      the text as sent; it is judged stripped
     * @param maxLength the most characters it may have
     */
    public static String reject(String text, int maxLength) {
        String stripped = text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > maxLength) {
            return "must be at most " + maxLength + " characters (it has " + length + ")";
        }
        if (hasControlCharacter(stripped)) {
            return "must not contain control characters";
        }
        // a surrogate that is not half of a pair is no character at all: stored as UTF-8 it became '?'
        if (stripped.codePoints().anyMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            return "must be Unicode text (it has half of a UTF-16 surrogate pair)";
        }
        // strip() and isBlank() see neither no-break spaces nor zero-width characters: a title of them alone passed
        // as given, and showed as nothing
        if (!stripped.isEmpty() && stripped.codePoints().allMatch(FreeText::isInvisible)) {
            return "must have text other than spaces";
        }
        return null;
    }

    /**
     * Whether a code point shows as nothing: a blank, any space (no-break ones too), or a format character such as a
     * zero-width space or a byte-order mark. What intake's classifier strips from text before it looks for terms.
     */
    public static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /** Whether {@code text} has a control character other than a line break or a tab, which typed text may hold. */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t');
    }
}
