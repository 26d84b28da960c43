package gov.enterprise.visit.enterprise;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an administrator states about an enterprise, validated against the reference data. Tags are distinct and
 * sorted, so two statements of the same facts are equal whatever order they came in.
 */
public record EnterpriseDetails(Uscc uscc, String name, String regionCode, String cluster, Scale scale,
                                List<String> tags, Contact contact) {

    public EnterpriseDetails {
        requireNonNull(uscc, "uscc");
        requireNonNull(name, "name");
        requireNonNull(regionCode, "regionCode");
        requireNonNull(cluster, "cluster");
        requireNonNull(scale, "scale");
        tags = tags == null ? List.of() : tags.stream().distinct().sorted().toList();
        contact = contact == null ? Contact.NONE : contact;
    }
}
