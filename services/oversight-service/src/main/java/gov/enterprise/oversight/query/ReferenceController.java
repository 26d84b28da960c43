package gov.enterprise.oversight.query;

import gov.enterprise.reference.ReferenceData;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The names behind the codes in figures (regions with their parents, departments, clusters, categories), for the
 * dashboard's filters and labels. Public: it is the published administrative structure, no figure.
 */
@RestController
class ReferenceController {

    private final ReferenceData reference;

    ReferenceController(ReferenceData reference) {
        this.reference = reference;
    }

    record Entry(String code, String nameZh, String nameEn, String parent, String level) {
    }

    record Reference(List<Entry> regions, List<Entry> departments, List<Entry> clusters, List<Entry> categories) {
    }

    @GetMapping("/api/v1/oversight/reference")
    Reference reference() {
        return new Reference(
                reference.regions().stream().map(r -> new Entry(r.code(), r.nameZh(), r.nameEn(), r.parentCode(),
                        r.level().name())).toList(),
                reference.departments().stream().map(d -> new Entry(d.code(), d.nameZh(), d.nameEn(), null, null))
                        .toList(),
                reference.clusters().stream().map(c -> new Entry(c.code(), c.nameZh(), c.nameEn(), null, null))
                        .toList(),
                reference.categories().stream().map(c -> new Entry(c.code(), c.nameZh(), c.nameEn(), null, null))
                        .toList());
    }
}
