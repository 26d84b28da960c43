package gov.enterprise.simulator.campaign;

import java.util.Locale;

/** The figures of the oversight summary a campaign is checked against (brief §1's definitions). */
public record Figures(long enterprisesVisited, long visits, long issuesCollected, long handled) {

    public double handledRate() {
        return issuesCollected == 0 ? 0 : (double) handled / issuesCollected;
    }

    /** Whether the summary shows these three contract figures exactly (visits are informative only). */
    public boolean shownBy(Figures summary) {
        return summary.enterprisesVisited == enterprisesVisited && summary.issuesCollected == issuesCollected
                && summary.handled == handled;
    }

    /** Whether the summary shows at least these figures (the campaign in a stack that also holds other data). */
    public boolean includedIn(Figures summary) {
        return summary.enterprisesVisited >= enterprisesVisited && summary.issuesCollected >= issuesCollected
                && summary.handled >= handled;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "enterprisesVisited=%d visits=%d issuesCollected=%d handled=%d "
                + "handledRate=%.4f (%.2f%%)", enterprisesVisited, visits, issuesCollected, handled, handledRate(),
                handledRate() * 100);
    }
}
