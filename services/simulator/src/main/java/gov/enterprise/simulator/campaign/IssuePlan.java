package gov.enterprise.simulator.campaign;

/**
 * One issue of the campaign and what becomes of it.
 *
 * @param categoryHint    the reporter's category guess, or null (the classifier decides)
 * @param department      the department that finally handles it (after a transfer or a return, if any)
 * @param repeatOf        for an issue raised again, the earlier issue it repeats; null otherwise
 * @param repeatConfirmed for an issue raised again: whether the triage desk confirms it as a repeat (else the flag is
 *                        rejected and it is handled as an issue of its own)
 * @param channel         {@code VISIT} (raised during a visit) or {@code APP} (reported by the enterprise itself)
 */
public record IssuePlan(String issueId, String uscc, IssueTexts.Text text, String categoryHint, Fate fate,
                        Fate.Route route, String department, String repeatOf, boolean repeatConfirmed,
                        String channel, Resolution resolution) {

    public boolean collected() {
        return fate != Fate.DUPLICATE;
    }

    public String category() {
        return text.category();
    }

    /**
     * How the department answers and what the enterprise says.
     *
     * @param outcome      SOLVED, EXPLAINED or PLANNED
     * @param firstVerdict the enterprise's verdict on the first answer
     * @param finalVerdict its verdict on the second answer, after a reopening
     */
    public record Resolution(String outcome, String answer, String firstVerdict, String finalVerdict) {
    }
}
