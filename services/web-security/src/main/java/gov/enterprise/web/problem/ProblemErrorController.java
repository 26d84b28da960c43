package gov.enterprise.web.problem;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page for errors that never reached a controller (a filter that failed, a request the container
 * refused): the same problem format, with no exception text. Replaces Boot's whitelabel/JSON error page.
 */
@RestController
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        // a filter's transaction (an idempotency key's) that lost its database: as from a controller, a 503
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status.value() == 500 && thrown instanceof Throwable failure && LostDatabase.causes(failure)) {
            ProblemException lost = LostDatabase.problem(path, failure);
            return answer(lost.getStatusCode(), lost.getHeaders(), lost.getBody(), path);
        }
        String detail = switch (status.value()) {
            case 404 -> "Nothing is found at " + path;
            case 500 -> "The server could not complete the request";
            default -> status.is5xxServerError() ? "The server could not complete the request"
                    : "The request could not be processed";
        };
        HttpStatus known = HttpStatus.resolve(status.value());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.forStatus(status));
        problem.setTitle(known == null ? "Error " + status.value() : known.getReasonPhrase());
        return answer(status, new HttpHeaders(), problem, path);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, HttpHeaders headers,
                                                        ProblemDetail problem, String path) {
        problem.setInstance(URI.create(path));
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value < 600) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
