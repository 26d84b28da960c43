package gov.enterprise.simulator.campaign;

import gov.enterprise.simulator.api.Api;
import gov.enterprise.simulator.api.ApiResponse;
import gov.enterprise.simulator.api.ServiceUnavailableException;
import gov.enterprise.simulator.api.Session;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What administrators do before a campaign: register enterprises and pair cadres with them. Both are safe to
 * repeat: registrations carry an Idempotency-Key (and an enterprise that exists already is taken as registered),
 * pairings are a PUT of the whole list.
 */
public final class Administration {

    public static final String ADMIN = "admin";

    private final Session session;

    public Administration(Session session) {
        this.session = session;
    }

    /** Registers the enterprise; the answer says whether it was (or had been) registered. */
    public ApiResponse register(EnterprisePlan enterprise) {
        var body = new LinkedHashMap<String, Object>();
        body.put("uscc", enterprise.uscc());
        body.put("name", enterprise.name());
        body.put("regionCode", enterprise.regionCode());
        body.put("cluster", enterprise.cluster());
        body.put("scale", enterprise.scale());
        body.put("tags", enterprise.tags());
        body.put("contact", Map.of("name", enterprise.contactName(), "phone", enterprise.contactPhone()));
        ApiResponse answer = session.post(ADMIN, "/api/v1/enterprises", body,
                Map.of("Idempotency-Key", "enterprise-" + enterprise.uscc()));
        requireEndpoint(session, answer);
        return answer;
    }

    public ApiResponse pair(CadrePlan cadre) {
        ApiResponse answer = session.put(ADMIN, "/api/v1/cadres/" + cadre.cadreId() + "/enterprises",
                Map.of("usccs", cadre.usccs()));
        requireEndpoint(session, answer);
        return answer;
    }

    /** Whether the enterprise file exists ({@code GET /api/v1/enterprises/{uscc}}). */
    public boolean exists(String uscc) {
        return session.get(ADMIN, "/api/v1/enterprises/" + uscc).ok();
    }

    /**
     * A create call answered "exists already": a reload (of a campaign whose dates moved on since: same ids, other
     * visit dates), or a retry whose first answer was lost.
     */
    public static boolean alreadyThere(ApiResponse answer) {
        String slug = answer.problemSlug();
        return answer.status() == 409 && !"idempotency-key-in-flight".equals(slug)
                || answer.status() == 422 && ("idempotency-key-reused".equals(slug) || "visit-id-reused".equals(slug)
                || "issue-id-reused".equals(slug));
    }

    /**
     * A 404 or 405 on a collection endpoint means the service does not have it (yet): the scenario cannot run, and
     * says which service it waits for.
     */
    public static void requireEndpoint(Session session, ApiResponse answer) {
        if (answer.status() == 404 && answer.path().matches(".*/api/v1/(enterprises|visits|issues|cadres/[^/]+/"
                + "enterprises)$") || answer.status() == 405) {
            var missing = new ServiceUnavailableException(Api.serviceOf(answer.path()),
                    answer.method() + " " + answer.path().replaceAll("/[0-9a-f-]{36}", "/{id}") + " answers "
                            + answer.status() + " (the endpoint is not there yet)");
            session.abort(missing);
            throw missing;
        }
    }
}
