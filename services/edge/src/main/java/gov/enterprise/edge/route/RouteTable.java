package gov.enterprise.edge.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import gov.enterprise.edge.EdgeProperties;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route, with the patterns tried most specific first (Spring's pattern ordering), so overlapping
 * patterns of two services resolve the same way whatever their order in the configuration.
 */
public final class RouteTable {

    private final List<Entry> entries;
    private final List<Route> routes;

    public RouteTable(Map<String, EdgeProperties.Backend> backends) {
        List<Entry> all = new ArrayList<>();
        List<Route> routeList = new ArrayList<>();
        backends.forEach((service, backend) -> {
            List<PathPattern> patterns = backend.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
            Route route = new Route(service, backend.uri(), patterns);
            routeList.add(route);
            patterns.forEach(pattern -> all.add(new Entry(pattern, route)));
        });
        all.sort(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        this.entries = List.copyOf(all);
        this.routes = routeList.stream().sorted(Comparator.comparing(Route::service)).toList();
    }

    /** The route owning this path (the request URI, still encoded), or {@code null}. */
    public Match match(String rawPath) {
        PathContainer path = PathContainer.parsePath(rawPath);
        for (Entry entry : entries) {
            if (entry.pattern().matches(path)) {
                return new Match(entry.route(), entry.pattern());
            }
        }
        return null;
    }

    public List<Route> routes() {
        return routes;
    }

    /** A route and the pattern that selected it (used as the metrics {@code uri} tag). */
    public record Match(Route route, PathPattern pattern) {
    }

    private record Entry(PathPattern pattern, Route route) {
    }
}
