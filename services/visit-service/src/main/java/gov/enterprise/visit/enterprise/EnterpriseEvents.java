package gov.enterprise.visit.enterprise;

/** Where the facts about enterprise files go out (the outbox, in the transaction of the change). */
public interface EnterpriseEvents {

    void registered(Enterprise enterprise);

    void changed(Enterprise enterprise);
}
