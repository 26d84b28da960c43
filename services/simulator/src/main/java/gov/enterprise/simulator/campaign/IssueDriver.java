package gov.enterprise.simulator.campaign;

import gov.enterprise.simulator.api.ApiResponse;
import gov.enterprise.simulator.api.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Works one issue to its fate through the API: looks at the issue (as the triage desk, which sees every issue) and
 * its ticket (as an officer of the department that has it), asks {@link Handling} for the next step, takes it, and
 * goes on with what the answer shows, until the issue is where its fate says.
 */
public final class IssueDriver {

    /** How one issue ended. */
    public record Settled(String issueId, Fate fate, String anomaly, String error, int actions) {
        public boolean ok() {
            return anomaly == null && error == null;
        }
    }

    private static final int MAX_STEPS = 60;
    // an issue takes a moment to travel visit -> intake -> resolution: looking at once, and then every few
    // milliseconds, would be thousands of users polling, measuring the simulator instead of the system
    private static final long SETTLE_MILLIS = 1_000;
    private static final long FIRST_WAIT_MILLIS = 300;
    private static final long LONGEST_WAIT_MILLIS = 3_000;

    private final Session session;
    private final LocalDate today;
    private final long deadlineNanos;
    private final Runnable onAction;

    public IssueDriver(Session session, LocalDate today, long deadlineNanos, Runnable onAction) {
        this.session = session;
        this.today = today;
        this.deadlineNanos = deadlineNanos;
        this.onAction = onAction;
    }

    public Settled drive(IssuePlan plan) {
        String id = plan.issueId();
        Handling.IssueSeen issue = null;
        Handling.TicketSeen ticket = null;
        String lastDepartment = null;
        boolean fresh = false;
        long waitMillis = FIRST_WAIT_MILLIS;
        int actions = 0;
        sleep(SETTLE_MILLIS);
        for (int step = 0; step < MAX_STEPS; ) {
            session.failIfAborted();
            if (!fresh) {
                issue = readIssue(id);
                ticket = issue != null && "ROUTED".equals(issue.state())
                        ? readTicket(id, issue.department(), lastDepartment) : null;
            }
            fresh = false;
            Handling.Step next = Handling.next(plan, issue, ticket, today);
            switch (next) {
                case Handling.Done done -> {
                    return new Settled(id, plan.fate(), done.anomaly(), null, actions);
                }
                case Handling.Wait wait -> {
                    if (System.nanoTime() > deadlineNanos) {
                        return new Settled(id, plan.fate(), null, "timed out waiting: " + wait.reason(), actions);
                    }
                    sleep(waitMillis);
                    waitMillis = Math.min(LONGEST_WAIT_MILLIS, waitMillis * 8 / 5);
                }
                case Handling.TriageAction action -> {
                    step++;
                    ApiResponse answer = session.post(Handling.TRIAGE_OFFICER,
                            "/api/v1/triage/issues/" + id + "/" + action.path(), action.body());
                    if (!answer.ok() && answer.status() != 409 && answer.status() != 412) {
                        return new Settled(id, plan.fate(), null, answer.describe(), actions);
                    }
                    actions++;
                    onAction.run();
                    waitMillis = FIRST_WAIT_MILLIS;
                }
                case Handling.TicketAction action -> {
                    step++;
                    String department = ticket.department();
                    ApiResponse answer = session.post(action.subject(), "/api/v1/tickets/" + id + "/"
                            + action.action(), action.body(), Map.of("If-Match", "\"" + ticket.version() + "\""));
                    if (answer.ok()) {
                        actions++;
                        onAction.run();
                        ticket = ticketOf(answer.json());
                        lastDepartment = ticket.department();
                        // after a return or transfer, intake's view of the issue changes: read it again
                        fresh = !"RETURNED".equals(ticket.state()) && department.equals(ticket.department());
                        waitMillis = FIRST_WAIT_MILLIS;
                    } else if (answer.status() == 409 || answer.status() == 412 || answer.status() == 404) {
                        // someone (the service itself, an earlier attempt) moved first: look again
                        lastDepartment = null;
                    } else {
                        return new Settled(id, plan.fate(), null, answer.describe(), actions);
                    }
                }
            }
        }
        return new Settled(id, plan.fate(), null, "no end after " + MAX_STEPS + " steps", actions);
    }

    private Handling.IssueSeen readIssue(String id) {
        ApiResponse answer = session.get(Handling.TRIAGE_OFFICER, "/api/v1/issues/" + id);
        if (answer.status() == 404) {
            return null;
        }
        JsonNode body = answer.expectOk().json();
        var returnedBy = new ArrayList<String>();
        body.path("returns").forEach(entry -> returnedBy.add(entry.path("department").asString("")));
        JsonNode duplicate = body.path("duplicate");
        boolean flagOpen = "FLAGGED".equals(duplicate.path("status").asString(""));
        return new Handling.IssueSeen(body.path("state").asString(""), body.path("department").asString(null),
                List.copyOf(returnedBy), flagOpen);
    }

    private Handling.TicketSeen readTicket(String id, String department, String lastDepartment) {
        for (String candidate : new String[] {department, lastDepartment}) {
            if (candidate == null || candidate.isEmpty()) {
                continue;
            }
            ApiResponse answer = session.get("officer:" + candidate, "/api/v1/tickets/" + id);
            if (answer.ok()) {
                return ticketOf(answer.json());
            }
            if (answer.status() != 404 && answer.status() != 403) {
                answer.expectOk();
            }
        }
        return null;
    }

    static Handling.TicketSeen ticketOf(JsonNode body) {
        JsonNode extension = body.path("extension");
        JsonNode pending = extension.path("pending");
        return new Handling.TicketSeen(body.path("state").asString(""), body.path("department").asString(""),
                body.path("version").asLong(0), body.path("reopenCount").asInt(0),
                extension.path("approved").asInt(0), !pending.isMissingNode() && !pending.isNull());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
