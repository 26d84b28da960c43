package gov.enterprise.visit.pairing.web;

import static gov.enterprise.visit.shared.web.Refusals.refusing;

import gov.enterprise.security.Subject;
import gov.enterprise.visit.access.ReadAccess;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.pairing.CadrePairing;
import gov.enterprise.visit.pairing.Pairings;
import gov.enterprise.web.problem.Problems;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which enterprises a cadre is responsible for (包联): set by administrators, read by them and the cadre. */
@RestController
@RequestMapping("/api/v1/cadres/{cadreId}/enterprises")
public class PairingController {

    private final CadrePairing pairing;
    private final Pairings pairings;
    private final ReadAccess access;

    public PairingController(CadrePairing pairing, Pairings pairings, ReadAccess access) {
        this.pairing = pairing;
        this.pairings = pairings;
        this.access = access;
    }

    /** The body: the complete list of the cadre's enterprises. */
    public record PairingRequest(List<String> usccs) {
    }

    /** The cadre's enterprises after the change, and what changed. */
    public record PairingView(String cadreId, List<String> usccs, List<String> added, List<String> removed) {
    }

    @PutMapping
    public PairingView replace(@PathVariable String cadreId, @RequestBody PairingRequest request) {
        CadrePairing.Outcome outcome = refusing(() -> pairing.replace(cadreId, request.usccs()));
        return new PairingView(outcome.cadreId(), codes(outcome.usccs()), codes(outcome.added()),
                codes(outcome.removed()));
    }

    @GetMapping
    public PairingView read(@PathVariable String cadreId, Subject caller) {
        if (!access.mayActFor(caller, cadreId)) {
            throw Problems.forbidden("A cadre's pairings are read by the cadre or an administrator");
        }
        List<String> usccs = pairings.of(cadreId).stream().map(paired -> paired.uscc().value()).toList();
        return new PairingView(cadreId, usccs, List.of(), List.of());
    }

    private static List<String> codes(List<Uscc> usccs) {
        return usccs.stream().map(Uscc::value).toList();
    }
}
