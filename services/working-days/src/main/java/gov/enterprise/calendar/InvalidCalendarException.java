package gov.enterprise.calendar;

/** A calendar file or entry that cannot be right; the message says where and why. */
public class InvalidCalendarException extends RuntimeException {

    public InvalidCalendarException(String message) {
        super(message);
    }
}
