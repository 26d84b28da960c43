package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the read models learn about one issue, from intake or from resolution, in whatever order the two topics
 * deliver it. Each change carries the time it happened; {@link IssueRecord#apply} merges it so that the result does
 * not depend on the arrival order across topics, and applying a change again changes nothing.
 */
public sealed interface IssueChange {

    String issueId();

    /** When it happened (business time, not arrival time). */
    Instant at();

    /** The issue was collected. */
    record Reported(String issueId, Enterprise enterprise, String title, String channel, Instant at)
            implements IssueChange {

        public Reported {
            requireNonNull(issueId, "issueId");
            requireNonNull(enterprise, "enterprise");
            requireNonNull(at, "at");
        }
    }

    /**
     * A lead department and category were chosen (first routing, or re-routing after a return).
     *
     * @param reportedAt when it was reported, if the event says so
     */
    record Routed(String issueId, Enterprise enterprise, String title, String category, String department,
                  Instant reportedAt, Instant at) implements IssueChange {

        public Routed {
            requireNonNull(issueId, "issueId");
            requireNonNull(enterprise, "enterprise");
            requireNonNull(category, "category");
            requireNonNull(department, "department");
            requireNonNull(at, "at");
        }
    }

    record SentToTriage(String issueId, Enterprise enterprise, Instant at) implements IssueChange {

        public SentToTriage {
            requireNonNull(issueId, "issueId");
            requireNonNull(at, "at");
        }
    }

    record DuplicateFlagged(String issueId, String originalIssueId, Instant at) implements IssueChange {

        public DuplicateFlagged {
            requireNonNull(issueId, "issueId");
            requireNonNull(at, "at");
        }
    }

    /** Confirmed as the same matter as another issue: it stops counting. */
    record DuplicateConfirmed(String issueId, String originalIssueId, Instant at) implements IssueChange {

        public DuplicateConfirmed {
            requireNonNull(issueId, "issueId");
            requireNonNull(at, "at");
        }
    }

    /** The duplicate flag was wrong. */
    record DuplicateCleared(String issueId, Instant at) implements IssueChange {

        public DuplicateCleared {
            requireNonNull(issueId, "issueId");
            requireNonNull(at, "at");
        }
    }

    /** Triage found nothing a department can act on. */
    record Rejected(String issueId, Instant at) implements IssueChange {

        public Rejected {
            requireNonNull(issueId, "issueId");
            requireNonNull(at, "at");
        }
    }

    /**
     * The ticket as it stood after one of its events, with what that event adds.
     *
     * @param closing     the closing facts, on the event that closed it, else null
     * @param escalatedTo who supervises it, on an escalation event, else null
     */
    record TicketObserved(String issueId, Enterprise enterprise, Ticket ticket, Closing closing, String escalatedTo,
                          Instant at) implements IssueChange {

        public TicketObserved {
            requireNonNull(issueId, "issueId");
            requireNonNull(enterprise, "enterprise");
            requireNonNull(ticket, "ticket");
            requireNonNull(at, "at");
        }
    }

    /** The ticket snapshot fields the read models keep. */
    record Ticket(long version, String state, String light, String department, String category, String outcome,
                  int escalationLevel, LocalDate acceptDue, LocalDate resolveDue, boolean extended, int reopenCount,
                  Instant reportedAt) {

        public Ticket {
            requireNonNull(state, "state");
            requireNonNull(light, "light");
            requireNonNull(department, "department");
            requireNonNull(category, "category");
        }
    }

    /**
     * How the ticket was closed.
     *
     * @param timeliness {@code ON_TIME}, {@code ON_TIME_EXTENDED} or {@code OVERDUE}
     */
    record Closing(Instant closedAt, String timeliness, String satisfaction, boolean byDefault,
                   int workingDaysToResolve) {

        public Closing {
            requireNonNull(closedAt, "closedAt");
            requireNonNull(timeliness, "timeliness");
            requireNonNull(satisfaction, "satisfaction");
        }
    }
}
