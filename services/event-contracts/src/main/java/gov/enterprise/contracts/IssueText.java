package gov.enterprise.contracts;

/**
 * How long an issue's text may be, wherever it is raised (in a visit, or reported directly to intake), counted in
 * characters a person sees ({@code gov.enterprise.text.FreeText}): a service never accepts an issue another service
 * would refuse.
 */
public final class IssueText {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DESCRIPTION = 5_000;

    private IssueText() {
    }
}
