package gov.enterprise.simulator.campaign;

import java.util.List;

/** A cadre and the enterprises it is paired with ({@code PUT /api/v1/cadres/{cadreId}/enterprises}). */
public record CadrePlan(String cadreId, String regionCode, List<String> usccs) {

    public String subject() {
        return "cadre:" + cadreId;
    }
}
