package gov.enterprise.visit.enterprise;

import java.util.List;

/** One page of a search, with the key to continue after its last item (null on the last page). */
public record EnterprisePage(List<Enterprise> items, EnterpriseQuery.PageKey next) {

    public EnterprisePage {
        items = List.copyOf(items);
    }
}
