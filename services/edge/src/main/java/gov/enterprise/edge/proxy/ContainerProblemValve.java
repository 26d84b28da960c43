package gov.enterprise.edge.proxy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.juli.logging.Log;
import org.apache.juli.logging.LogFactory;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's report of a request it refused before any filter saw it: a request line or header it could not parse, a
 * path it would not decode. It is the edge's answer to a client that sent such a request, so it comes in the API's
 * one format (RFC 9457) instead of Tomcat's HTML page.
 */
final class ContainerProblemValve extends ErrorReportValve {

    private static final Log LOG = LogFactory.getLog(ContainerProblemValve.class);

    private final EdgeProblems problems;

    ContainerProblemValve(EdgeProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // the same conditions as Tomcat's own report: an error, nothing written yet, not reported, I/O still possible
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        try {
            problems.refusedByContainer(request, response, known == null ? HttpStatus.BAD_REQUEST : known,
                    throwable == null ? null : throwable.getMessage(), response.getMessage());
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not write the problem for a refused request", e);
        }
    }
}
