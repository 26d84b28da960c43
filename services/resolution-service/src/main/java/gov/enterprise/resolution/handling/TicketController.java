package gov.enterprise.resolution.handling;

import gov.enterprise.reference.ReferenceData;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketAction;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import gov.enterprise.web.version.EntityVersion;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{issueId}} and the actions {@code POST /api/v1/tickets/{issueId}/{action}}, each with the
 * ticket version in {@code If-Match}; answers carry the ticket after the action and its new {@code ETag}.
 */
@RestController
@RequestMapping("/api/v1/tickets/{issueId}")
class TicketController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final TicketHandling handling;
    private final TicketViews views;
    private final ReferenceData reference;

    TicketController(TicketHandling handling, TicketViews views, ReferenceData reference) {
        this.handling = handling;
        this.views = views;
        this.reference = reference;
    }

    @GetMapping
    ResponseEntity<TicketView> get(@PathVariable String issueId, Subject caller) {
        return answer(handling.find(issueId, caller), caller);
    }

    @PostMapping("/accept")
    ResponseEntity<TicketView> accept(@PathVariable String issueId,
                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                      Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.ACCEPT,
                (ticket, now) -> ticket.accept(caller, now)), caller);
    }

    @PostMapping("/transfer")
    ResponseEntity<TicketView> transfer(@PathVariable String issueId,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody TicketRequests.Transfer body, Subject caller) {
        if (reference.department(body.toDepartment()).isEmpty()) {
            throw Problems.invalid("toDepartment", "no department " + body.toDepartment());
        }
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.TRANSFER,
                (ticket, now) -> ticket.transfer(caller, body.toDepartment(), body.reason(), now)), caller);
    }

    @PostMapping("/return")
    ResponseEntity<TicketView> returnToIntake(@PathVariable String issueId,
                                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody TicketRequests.Return body, Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.RETURN,
                (ticket, now) -> ticket.returnToIntake(caller, body.reason(), now)), caller);
    }

    @PostMapping("/progress")
    ResponseEntity<TicketView> progress(@PathVariable String issueId,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody TicketRequests.Progress body, Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.PROGRESS,
                (ticket, now) -> ticket.noteProgress(caller, body.note(), now)), caller);
    }

    @PostMapping("/contribute")
    ResponseEntity<TicketView> contribute(@PathVariable String issueId,
                                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody TicketRequests.Contribute body, Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.CONTRIBUTE,
                (ticket, now) -> ticket.contribute(caller, body.note(), now)), caller);
    }

    @PostMapping("/extend")
    ResponseEntity<TicketView> extend(@PathVariable String issueId,
                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody TicketRequests.Extend body, Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.EXTEND,
                (ticket, now) -> ticket.requestExtension(caller, body.workingDays(), body.reason(), now)), caller);
    }

    @PostMapping("/extension")
    ResponseEntity<TicketView> decideExtension(@PathVariable String issueId,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody TicketRequests.ExtensionDecision body,
                                               Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.DECIDE_EXTENSION,
                (ticket, now) -> ticket.decideExtension(caller, body.approve(), body.comment(), now)), caller);
    }

    @PostMapping("/allow-extension")
    ResponseEntity<TicketView> allowExtension(@PathVariable String issueId,
                                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody TicketRequests.AllowExtension body,
                                              Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.ALLOW_EXTENSION,
                (ticket, now) -> ticket.allowExtension(caller, body.additional(), body.reason(), now)), caller);
    }

    @PostMapping("/suspend")
    ResponseEntity<TicketView> suspend(@PathVariable String issueId,
                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody TicketRequests.Suspend body, Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.SUSPEND,
                (ticket, now) -> ticket.suspend(caller, body.reason(), body.reviewOn(), now)), caller);
    }

    @PostMapping("/resume")
    ResponseEntity<TicketView> resume(@PathVariable String issueId,
                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody(required = false) TicketRequests.Resume body,
                                      Subject caller) {
        String note = body == null ? null : body.note();
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.RESUME,
                (ticket, now) -> ticket.resume(caller, note, now)), caller);
    }

    @PostMapping("/resolve")
    ResponseEntity<TicketView> resolve(@PathVariable String issueId,
                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody TicketRequests.Resolve body, Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.RESOLVE,
                (ticket, now) -> ticket.resolve(caller, body.outcome(), body.answer(), body.plannedFor(), now)),
                caller);
    }

    @PostMapping("/feedback")
    ResponseEntity<TicketView> feedback(@PathVariable String issueId,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody TicketRequests.Feedback body, Subject caller) {
        return answer(handling.act(issueId, caller, ifMatch, TicketAction.FEEDBACK,
                (ticket, now) -> ticket.giveFeedback(caller, body.satisfaction(), body.comment(), now)), caller);
    }

    private ResponseEntity<TicketView> answer(Ticket ticket, Subject caller) {
        return ResponseEntity.ok().eTag(EntityVersion.etag(ticket.version())).body(views.of(ticket, caller));
    }
}
