package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** What the read models learn from the visit service: visits, and the enterprise files they need for names. */
public sealed interface VisitChange {

    String uscc();

    /** A cadre visited (or called, or met) an enterprise. */
    record VisitRecorded(String visitId, Enterprise enterprise, Instant visitedAt, Instant recordedAt)
            implements VisitChange {

        public VisitRecorded {
            requireNonNull(visitId, "visitId");
            requireNonNull(enterprise, "enterprise");
            requireNonNull(visitedAt, "visitedAt");
        }

        @Override
        public String uscc() {
            return enterprise.uscc();
        }
    }

    /** An enterprise file was opened or corrected: its whole state. */
    record EnterpriseFiled(Enterprise enterprise, String name, Instant at) implements VisitChange {

        public EnterpriseFiled {
            requireNonNull(enterprise, "enterprise");
            requireNonNull(name, "name");
            requireNonNull(at, "at");
        }

        @Override
        public String uscc() {
            return enterprise.uscc();
        }
    }
}
