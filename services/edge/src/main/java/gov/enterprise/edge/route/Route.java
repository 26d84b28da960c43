package gov.enterprise.edge.route;

import java.net.URI;
import java.util.List;

import org.springframework.web.util.pattern.PathPattern;

/** One service: its name (used in errors and health), base URL and the path patterns it owns. */
public record Route(String service, URI baseUri, List<PathPattern> patterns) {

    /** The backend URL for a request: base URL + the raw (still encoded) path + query. */
    public URI target(String rawPath, String rawQuery) {
        String base = baseUri.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(rawQuery == null ? base + rawPath : base + rawPath + "?" + rawQuery);
    }
}
