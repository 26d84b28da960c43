package gov.enterprise.visit.enterprise.web;

import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.enterprise.EnterpriseDetails;
import java.time.Instant;
import java.util.List;

/** An enterprise's master data as the API shows it; {@code contact} is null when the file names none. */
public record EnterpriseView(String uscc, String name, String regionCode, String cluster, String scale,
                             List<String> tags, ContactView contact, long version, Instant registeredAt,
                             Instant changedAt, Instant lastVisitedAt) {

    public record ContactView(String name, String phone) {
    }

    private static ContactView contact(EnterpriseDetails details) {
        var contact = details.contact();
        return contact.name() == null && contact.phone() == null ? null
                : new ContactView(contact.name(), contact.phone());
    }

    public static EnterpriseView of(Enterprise enterprise) {
        EnterpriseDetails details = enterprise.details();
        return new EnterpriseView(details.uscc().value(), details.name(), details.regionCode(), details.cluster(),
                details.scale().name(), details.tags(),
                contact(details), enterprise.version(),
                enterprise.registeredAt(), enterprise.changedAt(), enterprise.lastVisitedAt());
    }
}
