package gov.enterprise.simulator.load;

/** A run that could not go on (interrupted, or its target refused to start). */
public class LoadAbortedException extends RuntimeException {

    public LoadAbortedException(String message) {
        super(message);
    }

    public LoadAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
