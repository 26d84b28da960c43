package gov.enterprise.simulator.api;

/**
 * A service the scenario needs is not there: the stack does not answer, the edge says the service is down, or the
 * service does not (yet) have the endpoint. Scenarios stop with this message instead of reporting figures.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, String message) {
        super(service + " not available: " + message);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
