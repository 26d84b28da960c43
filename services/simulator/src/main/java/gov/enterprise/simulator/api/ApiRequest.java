package gov.enterprise.simulator.api;

import java.net.URI;
import java.util.Map;

/**
 * One request to the API, ready to send: the method, the absolute URI, the headers (the bearer token among them) and
 * the JSON body, or null for none.
 */
public record ApiRequest(String method, URI uri, Map<String, String> headers, byte[] body) {

    public ApiRequest {
        headers = Map.copyOf(headers);
    }
}
