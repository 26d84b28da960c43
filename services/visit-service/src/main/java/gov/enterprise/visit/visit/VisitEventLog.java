package gov.enterprise.visit.visit;

import gov.enterprise.visit.enterprise.Enterprise;

/** Where a recorded visit goes out (the outbox, in the transaction that stored it). */
public interface VisitEventLog {

    void recorded(Visit visit, Enterprise enterprise);
}
