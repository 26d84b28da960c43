package gov.enterprise.messaging.consumer;

/**
 * Thrown by a handler when an event can never be applied (it contradicts the state it meets, say): retrying will
 * not help, so the event goes straight to the dead-letter topic with this message as the reason.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }

    public RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
