package gov.enterprise.visit;

import static gov.enterprise.visit.VisitApi.body;
import static gov.enterprise.visit.VisitApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Enterprises and pairings set up through the API, as an administrator would. */
public final class EnterpriseFixture {

    private EnterpriseFixture() {
    }

    public static Map<String, Object> enterprise(String uscc, String name, String regionCode, String cluster,
                                                 String... tags) {
        return body("uscc", uscc, "name", name, "regionCode", regionCode, "cluster", cluster, "scale", "ABOVE_SCALE",
                "tags", List.of(tags), "contact", body("name", "王经理", "phone", "0576-88123456"));
    }

    public static void register(VisitApi api, String uscc, String name, String regionCode, String cluster,
                                String... tags) {
        VisitApi.Answer answer = api.post("/api/v1/enterprises", "admin",
                json(enterprise(uscc, name, regionCode, cluster, tags)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    }

    public static void pair(VisitApi api, String cadreId, String... usccs) {
        VisitApi.Answer answer = api.put("/api/v1/cadres/" + cadreId + "/enterprises", "admin",
                json(body("usccs", List.of(usccs))));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }
}
