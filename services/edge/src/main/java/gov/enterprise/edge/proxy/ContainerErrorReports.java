package gov.enterprise.edge.proxy;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ContainerProblemValve} in place of every error report valve of the edge's Tomcat host: Spring Boot's
 * (added when stack traces are never shown) and the one the host adds when it starts if it has none of its class.
 * Ordered last, so that Boot's valve is there to be removed.
 */
final class ContainerErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final EdgeProblems problems;

    ContainerErrorReports(EdgeProblems problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ContainerProblemValve(problems));
            if (context.getParent() instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ContainerProblemValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
