package gov.enterprise.intake.classification;

/**
 * A keyword or phrase that speaks for a category, with how strongly: a specific phrase (用地指标, 环评审批) weighs
 * more than a word that many matters share (土地, 审批). Weight 0 makes a <em>neutral</em> phrase: it claims its
 * characters and speaks for nothing, so that a term that only appears inside it by accident of the script does not
 * count (出口径 in 给出口径 is not about exports).
 */
public record Term(String text, int weight) {

    public static final int MAX_LENGTH = 32;
    public static final int MAX_WEIGHT = 10;

    public Term {
        text = TextNormalizer.normalize(text);
        // checked after normalising: String.isBlank() lets a no-break space (U+00A0, U+2007, U+202F) through, and
        // normalising strips it to nothing
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a term needs text other than blanks and spaces");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a term is at most " + MAX_LENGTH + " characters: " + text);
        }
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("a term's weight is 0 to " + MAX_WEIGHT + ", not " + weight);
        }
    }
}
