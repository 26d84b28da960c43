package gov.enterprise.intake.triage;

/** A triage request that cannot be carried out as asked; names the field at fault. */
public class TriageRefusedException extends RuntimeException {

    private final String field;

    public TriageRefusedException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
