package gov.enterprise.intake.policy;

import gov.enterprise.intake.routing.RoutingDecision;

/** What automatic routing came to: a decision, or the reason a person has to decide. */
public sealed interface RoutingOutcome {

    record Routed(RoutingDecision decision) implements RoutingOutcome {
    }

    record Unroutable(String reason) implements RoutingOutcome {
    }
}
