package gov.enterprise.visit.enterprise;

/** A registration names a code already registered with other details; changes go through PUT. */
public class EnterpriseExistsException extends RuntimeException {

    private final Uscc uscc;

    public EnterpriseExistsException(Uscc uscc) {
        super("Enterprise " + uscc + " is already registered with other details; change it with PUT", null, false,
                false);
        this.uscc = uscc;
    }

    public Uscc uscc() {
        return uscc;
    }
}
