package gov.enterprise.simulator.campaign;

import java.time.LocalDate;

/**
 * What to load. The figures are exact: when the campaign is loaded the oversight summary shows
 * {@code enterprisesVisited}, {@code issuesCollected} and {@code handled} as given here.
 *
 * @param seed               everything (ids, texts, fates) follows from it: the same seed loads the same campaign,
 *                           so loading it again adds nothing
 * @param enterprisesVisited distinct enterprises with at least one visit
 * @param extraEnterprises   registered and paired but not (yet) visited
 * @param issuesCollected    issues collected (confirmed repeats are not counted again)
 * @param handled            issues whose ticket reached ACCEPTED or beyond
 * @param campaignEnd        the last day visits may be dated (yesterday, when loading: the visit service refuses
 *                           visits in the future and visits entered more than 90 days after they happened)
 * @param campaignDays       how many days the visits spread over
 */
public record CampaignSpec(long seed, int enterprisesVisited, int extraEnterprises, int issuesCollected, int handled,
                           LocalDate campaignEnd, int campaignDays) {

    /** Taizhou, first half of 2018 (累计走访企业 4645 家, 收集问题 6005 个, 已完结或进入处理程序 5344 个). */
    public static final int REFERENCE_ENTERPRISES = 4_645;
    public static final int REFERENCE_ISSUES = 6_005;
    public static final int REFERENCE_HANDLED = 5_344;
    public static final long REFERENCE_SEED = 2018;
    /** Visits spread over the 80 days before the end: the visit service takes visits entered up to 90 days late. */
    public static final int CAMPAIGN_DAYS = 80;

    public CampaignSpec {
        if (enterprisesVisited < 1 || extraEnterprises < 0) {
            throw new IllegalArgumentException("at least one enterprise must be visited");
        }
        if (issuesCollected < 0 || handled < 0 || handled > issuesCollected) {
            throw new IllegalArgumentException("need 0 <= handled <= issues");
        }
        if (issuesCollected > enterprisesVisited * 4) {
            throw new IllegalArgumentException("at most 4 issues per visited enterprise");
        }
        if (campaignDays < 30) {
            throw new IllegalArgumentException("a campaign spans at least 30 days");
        }
    }

    /** The reference campaign (the demo data): 4,645 / 6,005 / 5,344. */
    public static CampaignSpec reference(LocalDate end) {
        return new CampaignSpec(REFERENCE_SEED, REFERENCE_ENTERPRISES, 155, REFERENCE_ISSUES, REFERENCE_HANDLED, end,
                CAMPAIGN_DAYS);
    }

    /** A campaign of the reference's shape with other figures (the handled share kept). */
    public static CampaignSpec scaled(long seed, int enterprisesVisited, LocalDate end) {
        int issues = (int) Math.round(enterprisesVisited * (double) REFERENCE_ISSUES / REFERENCE_ENTERPRISES);
        int handled = (int) Math.round(issues * (double) REFERENCE_HANDLED / REFERENCE_ISSUES);
        return new CampaignSpec(seed, enterprisesVisited, Math.max(1, enterprisesVisited / 30), issues, handled, end,
                CAMPAIGN_DAYS);
    }

    public boolean isReference() {
        return seed == REFERENCE_SEED && enterprisesVisited == REFERENCE_ENTERPRISES
                && issuesCollected == REFERENCE_ISSUES && handled == REFERENCE_HANDLED;
    }
}
