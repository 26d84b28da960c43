package gov.enterprise.simulator.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people who work an issue, as one decision: given the issue's planned fate and what intake and resolution show
 * now, what is the next step, and who takes it? Deciding from the observed state (never from a remembered
 * position in a script) is what makes loading resumable and reloading a no-op: a step already taken shows in the
 * state, so it is not taken again.
 */
public final class Handling {

    public static final String TRIAGE_OFFICER = "triage:campaign-desk";

    private Handling() {
    }

    /** What intake shows of the issue. */
    public record IssueSeen(String state, String department, List<String> returnedBy, boolean repeatFlagOpen) {
    }

    /** What resolution shows of the ticket. */
    public record TicketSeen(String state, String department, long version, int reopenCount,
                             int extensionsApproved, boolean extensionPending) {
    }

    /** The next step. */
    public sealed interface Step {
    }

    /** Nothing to do until the system moves (an event still on its way). */
    public record Wait(String reason) implements Step {
    }

    /** The issue is where its fate says (or can go no further: {@code anomaly} says why). */
    public record Done(String anomaly) implements Step {
        static final Done OK = new Done(null);
    }

    /** A triage-desk action on {@code /api/v1/triage/issues/{id}/...}. */
    public record TriageAction(String path, Map<String, Object> body) implements Step {
    }

    /** A ticket action {@code POST /api/v1/tickets/{id}/{action}} by {@code subject} with the seen version. */
    public record TicketAction(String subject, String action, Map<String, Object> body) implements Step {
    }

    public static Step next(IssuePlan plan, IssueSeen issue, TicketSeen ticket, LocalDate today) {
        if (issue == null || "REPORTED".equals(issue.state())) {
            return new Wait("intake has not taken the issue in yet");
        }
        return switch (issue.state()) {
            case "DUPLICATE" -> plan.fate() == Fate.DUPLICATE ? Done.OK
                    : new Done("confirmed as a repeat, planned " + plan.fate());
            case "REJECTED" -> new Done("rejected by triage, planned " + plan.fate());
            case "TRIAGE" -> triage(plan, issue);
            case "ROUTED" -> ticket == null ? new Wait("the ticket is not opened yet") : ticket(plan, ticket, issue,
                    today);
            default -> new Done("unknown issue state " + issue.state());
        };
    }

    private static Step triage(IssuePlan plan, IssueSeen issue) {
        if (issue.repeatFlagOpen()) {
            boolean repeat = plan.repeatOf() != null && plan.repeatConfirmed();
            return new TriageAction(repeat ? "duplicate/confirm" : "duplicate/reject", Map.of());
        }
        if (plan.fate() == Fate.DUPLICATE) {
            return new Done("planned as a repeat but not flagged by intake");
        }
        if (plan.fate() == Fate.TRIAGE_WAITING || plan.fate() == Fate.RETURNED_WAITING) {
            return Done.OK;
        }
        // 一事一议: the desk routes it to the department the matter belongs to
        var body = new LinkedHashMap<String, Object>();
        body.put("category", plan.category());
        body.put("department", plan.department());
        body.put("note", "按职责分工交办");
        if (issue.returnedBy().contains(plan.department())) {
            body.put("overrideReturn", true);
        }
        return new TriageAction("route", body);
    }

    private static Step ticket(IssuePlan plan, TicketSeen ticket, IssueSeen issue, LocalDate today) {
        String officer = "officer:" + ticket.department();
        Fate fate = plan.fate();
        String id = plan.issueId();
        return switch (ticket.state()) {
            case "RETURNED" -> new Wait("intake has not taken the returned ticket back yet");
            case "TRANSFERRED" -> new Wait("the transfer is under way");
            case "ASSIGNED" -> {
                if (fate == Fate.TRIAGE_WAITING || fate == Fate.RETURNED_WAITING
                        || plan.route() == Fate.Route.RETURNED && issue.returnedBy().isEmpty()) {
                    yield new TicketAction(officer, "return", Map.of("reason", Replies.forIssue(Replies.RETURN, id,
                            "return")));
                }
                if (fate == Fate.PENDING) {
                    yield Done.OK;
                }
                if (!fate.handled()) {
                    yield new Done("planned " + fate + " but routed to " + ticket.department());
                }
                if (plan.route() == Fate.Route.TRANSFERRED && !ticket.department().equals(plan.department())) {
                    yield new TicketAction(officer, "transfer", Map.of("toDepartment", plan.department(),
                            "reason", Replies.forIssue(Replies.TRANSFER, id, "transfer")));
                }
                yield new TicketAction(officer, "accept", Map.of());
            }
            case "ACCEPTED" -> fate == Fate.ACCEPTED || !fate.handled() ? Done.OK
                    : new TicketAction(officer, "progress", Map.of("note", Replies.forIssue(Replies.PROGRESS, id,
                    "progress")));
            case "IN_PROGRESS" -> inProgress(plan, ticket, officer, today);
            case "SUSPENDED" -> fate == Fate.SUSPENDED ? Done.OK
                    : new TicketAction(officer, "resume", Map.of("note", "复核后恢复办理"));
            case "RESOLVED" -> resolved(plan, ticket);
            case "REOPENED" -> fate == Fate.REOPENED ? Done.OK
                    : new TicketAction(officer, "progress", Map.of("note", Replies.forIssue(Replies.PROGRESS, id,
                    "reopened")));
            case "CLOSED" -> Done.OK;
            default -> new Done("unknown ticket state " + ticket.state());
        };
    }

    private static Step inProgress(IssuePlan plan, TicketSeen ticket, String officer, LocalDate today) {
        String id = plan.issueId();
        return switch (plan.fate()) {
            case EXTENDED -> {
                if (ticket.extensionPending()) {
                    yield new TicketAction("head:" + ticket.department(), "extension",
                            Map.of("approve", true, "comment", "同意延期，请抓紧办理"));
                }
                if (ticket.extensionsApproved() > 0) {
                    yield Done.OK;
                }
                yield new TicketAction(officer, "extend", Map.of("workingDays", 10,
                        "reason", Replies.forIssue(Replies.EXTEND, id, "extend")));
            }
            case SUSPENDED -> new TicketAction(officer, "suspend", Map.of(
                    "reason", Replies.forIssue(Replies.SUSPEND, id, "suspend"),
                    "reviewOn", today.plusDays(90).toString()));
            case RESOLVED, CLOSED, REOPENED, CLOSED_AFTER_REOPENING -> resolve(plan, today, officer);
            default -> Done.OK;
        };
    }

    private static Step resolve(IssuePlan plan, LocalDate today, String officer) {
        var body = new LinkedHashMap<String, Object>();
        body.put("answer", plan.resolution().answer());
        body.put("outcome", plan.resolution().outcome());
        if ("PLANNED".equals(plan.resolution().outcome())) {
            body.put("plannedFor", today.plusDays(120).toString());
        }
        return new TicketAction(officer, "resolve", body);
    }

    private static Step resolved(IssuePlan plan, TicketSeen ticket) {
        String enterprise = "enterprise:" + plan.uscc();
        return switch (plan.fate()) {
            case CLOSED -> feedback(enterprise, plan.resolution().firstVerdict(), plan);
            case REOPENED -> ticket.reopenCount() == 0 ? feedback(enterprise, "DISSATISFIED", plan)
                    : new Done("reopened already, yet resolved again");
            case CLOSED_AFTER_REOPENING -> feedback(enterprise,
                    ticket.reopenCount() == 0 ? "DISSATISFIED" : plan.resolution().finalVerdict(), plan);
            default -> Done.OK;
        };
    }

    private static Step feedback(String enterprise, String satisfaction, IssuePlan plan) {
        var body = new LinkedHashMap<String, Object>();
        body.put("satisfaction", satisfaction);
        body.put("comment", "DISSATISFIED".equals(satisfaction)
                ? Replies.forIssue(Replies.DISSATISFIED, plan.issueId(), "feedback") : "感谢相关部门的帮助。");
        return new TicketAction(enterprise, "feedback", body);
    }
}
