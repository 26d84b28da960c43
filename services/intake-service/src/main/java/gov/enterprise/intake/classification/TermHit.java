package gov.enterprise.intake.classification;

/** A term found in the text, and what it added to its category's score. */
public record TermHit(String term, int weight) {

    @Override
    public String toString() {
        return term + " " + weight;
    }
}
