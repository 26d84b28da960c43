package gov.enterprise.security.audit;

import java.time.Instant;

/**
 * One audited act: who did what to what, when, from where, and how it ended.
 *
 * @param at      when it happened
 * @param who     the subject string ({@code officer:NRP}), or {@code anonymous}
 * @param action  what was done: the HTTP method for requests, a domain verb for explicit entries ({@code ticket.accept})
 * @param target  what it was done to: the request path, or an aggregate id
 * @param outcome the HTTP status for requests, or a domain word ({@code accepted}, {@code refused})
 * @param from    the client address as seen by the service (behind the edge: its X-Forwarded-For), or {@code null}
 */
public record AuditEntry(Instant at, String who, String action, String target, String outcome, String from) {
}
