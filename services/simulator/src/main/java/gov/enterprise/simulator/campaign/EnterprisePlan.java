package gov.enterprise.simulator.campaign;

import java.util.List;

/**
 * An enterprise the administrators register ({@code POST /api/v1/enterprises}).
 *
 * @param product what it makes, used in the texts of its issues
 * @param visited whether the campaign visits it
 */
public record EnterprisePlan(String uscc, String name, String regionCode, String cluster, String scale,
                             List<String> tags, String contactName, String contactPhone, String product,
                             boolean visited) {
}
