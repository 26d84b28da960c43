package gov.enterprise.resolution.ticket;

/** A request the state allows but whose content the ticket refuses, naming the field at fault. */
public final class InvalidTicketRequest extends RuntimeException {

    private final String field;

    public InvalidTicketRequest(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
