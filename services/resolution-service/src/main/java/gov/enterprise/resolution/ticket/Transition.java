package gov.enterprise.resolution.ticket;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What every recorded change of a ticket says: which ticket, from which state to which, in which (lead) department
 * afterwards, who did it and when. The event carrying it says why.
 *
 * @param by the subject who acted ({@code officer:NRP}), or {@value #SYSTEM} for the service itself
 */
public record Transition(String issueId, TicketState from, TicketState to, String department, String by,
                         Instant at) {

    public static final String SYSTEM = "system";

    public Transition {
        requireNonNull(issueId, "issueId");
        requireNonNull(to, "to");
        requireNonNull(department, "department");
        requireNonNull(by, "by");
        requireNonNull(at, "at");
    }
}
