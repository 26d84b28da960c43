package gov.enterprise.resolution.queue;

import gov.enterprise.page.Cursors;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.reference.Region;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Light;
import gov.enterprise.resolution.ticket.TicketState;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets}: the caller's work queue. An officer or head sees its department's tickets (or, with
 * {@code involvement=co}, those it owes input to as a co-department); a leader the tickets of its region; an
 * enterprise contact its own. Filters: {@code state} (comma-separated), {@code light}, {@code category},
 * {@code region}, {@code overdue}, {@code escalated}, {@code pendingExtension}; sorted by the day each ticket next
 * needs someone; {@code cursor} continues after the previous page.
 */
@RestController
class QueueController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final WorkQueue queue;
    private final ReferenceData reference;
    private final Deadlines deadlines;
    private final Clock clock;

    QueueController(WorkQueue queue, ReferenceData reference, Deadlines deadlines, Clock clock) {
        this.queue = queue;
        this.reference = reference;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    record QueueAnswer(List<QueueItem> items, String nextCursor, WorkQueue.Counts counts) {
    }

    @GetMapping("/api/v1/tickets")
    QueueAnswer list(@RequestParam(required = false) String department,
                     @RequestParam(required = false) String involvement,
                     @RequestParam(required = false) String state,
                     @RequestParam(required = false) String light,
                     @RequestParam(required = false) String category,
                     @RequestParam(required = false) String region,
                     @RequestParam(required = false) Boolean overdue,
                     @RequestParam(required = false) Boolean escalated,
                     @RequestParam(required = false) Boolean pendingExtension,
                     @RequestParam(required = false) String cursor,
                     @RequestParam(required = false) Integer limit,
                     Subject caller) {
        var query = new QueueQuery(scope(caller, department, involvement), states(state), light(light),
                category(category), regions(region), overdue, Boolean.TRUE.equals(escalated),
                Boolean.TRUE.equals(pendingExtension), position(cursor), limit(limit));
        WorkQueue.Page page = queue.list(query, deadlines.day(clock.instant()));
        return new QueueAnswer(page.items(), cursor(page.next()), page.counts());
    }

    private QueueQuery.Scope scope(Subject caller, String department, String involvement) {
        boolean co = "co".equals(involvement);
        if (involvement != null && !co && !"lead".equals(involvement)) {
            throw Problems.invalid("involvement", "must be lead or co");
        }
        return switch (caller.kind()) {
            case OFFICER, HEAD -> {
                if (department != null && !department.equals(caller.scope())) {
                    throw Problems.forbidden(caller + " lists its own department's queue only");
                }
                yield co ? new QueueQuery.Scope.CoDepartment(caller.scope())
                        : new QueueQuery.Scope.LeadDepartment(caller.scope());
            }
            case LEADER -> new QueueQuery.Scope.Regions(within(caller.scope()), department(department));
            case ENTERPRISE -> new QueueQuery.Scope.Enterprise(caller.scope());
            default -> throw Problems.forbidden(caller.kind().prefix() + " subjects have no ticket queue");
        };
    }

    private Set<String> within(String regionCode) {
        return reference.regions().stream().map(Region::code)
                .filter(code -> reference.isWithin(code, regionCode))
                .collect(Collectors.toSet());
    }

    private String category(String category) {
        return known("category", category, reference::category);
    }

    private String department(String department) {
        return known("department", department, reference::department);
    }

    private Set<String> regions(String region) {
        String code = known("region", region, reference::region);
        return code == null ? null : within(code);
    }

    /**
     * A filter's code, null when none is given; one naming nothing in the reference data would show an empty queue,
     * read as nothing to do, so it is refused.
     */
    private static String known(String parameter, String code, Function<String, Optional<?>> lookup) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (lookup.apply(code).isEmpty()) {
            throw Problems.invalid(parameter, "no " + parameter + " " + code);
        }
        return code;
    }

    private static Set<TicketState> states(String states) {
        if (states == null || states.isBlank()) {
            return QueueQuery.DEFAULT_STATES;
        }
        // TRANSFERRED is a step between two departments' queues: no ticket rests in it
        var queued = EnumSet.complementOf(EnumSet.of(TicketState.TRANSFERRED));
        var set = EnumSet.noneOf(TicketState.class);
        for (String name : states.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            TicketState state = queued.stream().filter(s -> s.name().equals(name.trim())).findFirst()
                    .orElseThrow(() -> Problems.invalid("state", "no state " + name.trim() + "; states are " + queued));
            set.add(state);
        }
        if (set.isEmpty()) {
            throw Problems.invalid("state", "names no state; states are " + queued);
        }
        return set;
    }

    private static Light light(String light) {
        if (light == null || light.isBlank()) {
            return null;
        }
        try {
            return Light.valueOf(light.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("light", "must be GREEN, YELLOW or RED");
        }
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problems.invalid("limit", "must be 1.." + MAX_LIMIT);
        }
        return limit;
    }

    private static QueueQuery.Position position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        return Cursors.decode(cursor, 2, parts -> new QueueQuery.Position(Cursors.date(parts.get(0)), parts.get(1)));
    }

    private static String cursor(QueueQuery.Position next) {
        return next == null ? null : Cursors.encode(next.due(), next.issueId());
    }
}
