package gov.enterprise.edge.proxy;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of the edge's servlet container (a {@code TRACE}, a request Tomcat refused after parsing it) in the
 * API's one format, RFC 9457, instead of Spring Boot's default JSON.
 */
@Controller
class EdgeErrorController implements ErrorController {

    private final EdgeProblems problems;

    EdgeErrorController(EdgeProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        problems.refused(request, response, status);
    }
}
