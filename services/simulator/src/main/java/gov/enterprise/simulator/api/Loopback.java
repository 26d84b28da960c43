package gov.enterprise.simulator.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The simulator and the load generator only ever talk to this machine: a base URL whose host is not a loopback
 * address (every address it resolves to) is refused before anything is sent. Load is for the local stack only.
 */
public final class Loopback {

    private Loopback() {
    }

    /** The base URL, normalised without a trailing slash; refused if it is not http(s) on a loopback host. */
    public static URI require(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + baseUrl, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http(s) URLs, not " + baseUrl);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no host in " + baseUrl);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("refusing " + baseUrl + ": " + host + " is " + address.getHostAddress()
                        + ", not a loopback address; the simulator only loads the local stack");
            }
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
