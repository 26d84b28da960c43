package gov.enterprise.visit.shared.web;

import gov.enterprise.visit.enterprise.EnterpriseExistsException;
import gov.enterprise.visit.shared.FieldError;
import gov.enterprise.visit.shared.ForbiddenException;
import gov.enterprise.visit.shared.InvalidInputException;
import gov.enterprise.visit.shared.NotFoundException;
import gov.enterprise.visit.visit.IssueIdTakenException;
import gov.enterprise.visit.visit.VisitIdReusedException;
import gov.enterprise.web.problem.FieldProblem;
import gov.enterprise.web.problem.Problems;
import java.util.function.Supplier;

/** How the visit API refuses: the domain's refusals as RFC 9457 problems. */
public final class Refusals {

    private Refusals() {
    }

    /** Runs {@code action}, turning the domain's refusals into problems. */
    public static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            throw Problems.invalid(e.errors().stream().map(Refusals::problem).toList());
        } catch (NotFoundException e) {
            throw Problems.notFound(e.getMessage());
        } catch (ForbiddenException e) {
            throw Problems.forbidden(e.getMessage());
        } catch (VisitIdReusedException e) {
            throw Problems.unprocessable("visit-id-reused", e.getMessage()).with("visitId", e.visitId().toString());
        } catch (IssueIdTakenException e) {
            throw Problems.unprocessable("issue-id-reused", e.getMessage());
        } catch (EnterpriseExistsException e) {
            throw Problems.conflict("enterprise-exists", e.getMessage()).with("uscc", e.uscc().value());
        }
    }

    private static FieldProblem problem(FieldError error) {
        return new FieldProblem(error.field(), error.reason());
    }
}
