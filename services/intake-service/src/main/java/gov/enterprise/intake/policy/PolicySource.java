package gov.enterprise.intake.policy;

/** Where the current {@link IntakePolicy} comes from (the service's own tables, cached briefly). */
public interface PolicySource {

    IntakePolicy current();

    /** Forget the cached snapshot: an administrator changed a part of it. */
    void changed();
}
