package gov.enterprise.visit.enterprise.web;

import gov.enterprise.visit.enterprise.EnterpriseForm;
import java.util.List;

/** The body of {@code POST /api/v1/enterprises} and {@code PUT /api/v1/enterprises/{uscc}}. */
public record EnterpriseRequest(String uscc, String name, String regionCode, String cluster, String scale,
                                List<String> tags, ContactBody contact) {

    public record ContactBody(String name, String phone) {
    }

    EnterpriseForm form() {
        return new EnterpriseForm(uscc, name, regionCode, cluster, scale, tags,
                contact == null ? null : contact.name(), contact == null ? null : contact.phone());
    }
}
