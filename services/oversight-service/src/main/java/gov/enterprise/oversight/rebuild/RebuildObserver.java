package gov.enterprise.oversight.rebuild;

import gov.enterprise.oversight.readmodel.Generation;

/**
 * Told when a rebuild reaches a phase, in the rebuild's thread, before it goes on: for logs and metrics, and for
 * tests that must act at an exact point of a rebuild.
 */
public interface RebuildObserver {

    enum Phase {
        /** Everything up to the noted end offsets is in the new generation; live events still reach only the old. */
        BULK_LOADED,
        /** Live events now reach the new generation too; the catch-up is about to note the topics' ends. */
        CATCHING_UP,
        /** The new generation answers queries. */
        ACTIVE
    }

    void reached(Generation generation, Phase phase);
}
