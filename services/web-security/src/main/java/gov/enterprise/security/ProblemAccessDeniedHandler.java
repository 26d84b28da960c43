package gov.enterprise.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gov.enterprise.web.problem.ProblemResponseWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as problem+json, naming the subject that was refused (it is the caller's own identity). */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;

    public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String who = authentication instanceof SubjectAuthentication subject ? subject.subject().toString() : "caller";
        writer.write(response, ProblemResponseWriter.problem(request, HttpStatus.FORBIDDEN, "Forbidden",
                "Subject " + who + " may not " + request.getMethod() + " " + request.getRequestURI()));
    }
}
