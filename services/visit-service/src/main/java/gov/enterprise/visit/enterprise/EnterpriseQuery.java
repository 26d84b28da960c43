package gov.enterprise.visit.enterprise;

import java.util.Set;

/**
 * A search of enterprise files: filters the caller chose, the scope the caller may see, and a keyset position.
 *
 * @param nameFragment  part of the name (Chinese or Latin, case-insensitive), or null
 * @param regionCodes   regions to match (a region and its sub-regions), or null for any
 * @param cluster       industry cluster, or null
 * @param tag           enterprise tag, or null
 * @param scale         scale, or null
 * @param scope         what the caller may see
 * @param after         the last item of the previous page, or null for the first page
 * @param limit         page size
 */
public record EnterpriseQuery(String nameFragment, Set<String> regionCodes, String cluster, String tag, Scale scale,
                              SearchScope scope, PageKey after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Sort key of the name-ordered listing; the code breaks ties between equal names. */
    public record PageKey(String name, String uscc) {
    }
}
