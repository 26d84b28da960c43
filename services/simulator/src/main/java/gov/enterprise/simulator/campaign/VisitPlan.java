package gov.enterprise.simulator.campaign;

import java.time.Instant;
import java.util.List;

/** A cadre's visit ({@code POST /api/v1/visits}) with the issues raised in it. */
public record VisitPlan(String visitId, String uscc, String cadreId, Instant visitedAt, String mode, String summary,
                        List<IssuePlan> issues) {

    public String cadreSubject() {
        return "cadre:" + cadreId;
    }
}
