package gov.enterprise.visit.enterprise;

import gov.enterprise.version.StaleVersionException;
import gov.enterprise.version.VersionCondition;
import gov.enterprise.visit.reference.ReferenceSource;
import gov.enterprise.visit.shared.InvalidInputException;
import gov.enterprise.visit.shared.NotFoundException;
import gov.enterprise.visit.shared.Transactions;
import gov.enterprise.visit.shared.Validation;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Opens and corrects enterprise files (administrators). A registration repeated with the same details answers as the
 * first did and publishes nothing; a change that changes nothing publishes nothing either.
 */
public class EnterpriseRegistry {

    private final Enterprises enterprises;
    private final EnterpriseEvents events;
    private final ReferenceSource reference;
    private final Transactions transactions;
    private final Clock clock;

    public EnterpriseRegistry(Enterprises enterprises, EnterpriseEvents events, ReferenceSource reference,
                              Transactions transactions, Clock clock) {
        this.enterprises = enterprises;
        this.events = events;
        this.reference = reference;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The outcome of a registration: the stored file, and whether this call created it. */
    public record Registration(Enterprise enterprise, boolean created) {
    }

    /** The outcome of a change: the stored file, and whether this call changed it. */
    public record Change(Enterprise enterprise, boolean changed) {
    }

    /**
     * @throws InvalidInputException     naming the fields at fault
     * @throws EnterpriseExistsException when the code is registered with other details
     */
    public Registration register(EnterpriseForm form) {
        EnterpriseDetails details = validate(form);
        return transactions.inTransaction(() -> {
            Optional<Enterprise> inserted = enterprises.insert(details, clock.instant());
            if (inserted.isPresent()) {
                events.registered(inserted.get());
                return new Registration(inserted.get(), true);
            }
            Enterprise existing = enterprises.find(details.uscc()).orElseThrow();
            if (!existing.details().equals(details)) {
                throw new EnterpriseExistsException(details.uscc());
            }
            return new Registration(existing, false);
        });
    }

    /**
     * Replaces the details of a registered enterprise.
     *
     * @param expected the version the change is based on ({@code If-Match}), or {@link VersionCondition#ANY} to
     *                 change whatever is stored
     * @throws NotFoundException         when the code is not registered
     * @throws StaleVersionException    when {@code expected} does not admit the stored version
     */
    public Change change(Uscc uscc, EnterpriseForm form, VersionCondition expected) {
        if (form.uscc() != null && !form.uscc().isBlank() && !uscc.value().equals(Uscc.normalise(form.uscc()))) {
            throw new InvalidInputException("uscc", "must be the code in the path, " + uscc + ", or be left out");
        }
        EnterpriseDetails details = validate(withUscc(form, uscc));
        return transactions.inTransaction(() -> {
            Enterprise current = enterprises.lock(uscc)
                    .orElseThrow(() -> new NotFoundException("No enterprise " + uscc));
            if (!expected.admits(current.version())) {
                throw new StaleVersionException("Enterprise " + uscc, expected, current.version());
            }
            return apply(current, details);
        });
    }

    /** What one batch of an import did. */
    public record BatchOutcome(int registered, int changed, int unchanged) {
    }

    /**
     * Registers or changes each of {@code batch} (validated, distinct codes) in one transaction: an upsert that
     * publishes an event only for what it really registered or changed, so importing the same file again changes
     * nothing.
     */
    public BatchOutcome upsert(List<EnterpriseDetails> batch) {
        return transactions.inTransaction(() -> {
            var stored = new HashMap<Uscc, Enterprise>();
            for (Enterprise enterprise : enterprises.lockAll(batch.stream().map(EnterpriseDetails::uscc).toList())) {
                stored.put(enterprise.uscc(), enterprise);
            }
            int registered = 0;
            int changed = 0;
            int unchanged = 0;
            // new codes are inserted in code order, as lockAll locks the stored ones: two imports of the same new
            // codes in different orders would otherwise each wait for an insert of the other (a deadlock)
            var inCodeOrder = batch.stream().sorted(Comparator.comparing(EnterpriseDetails::uscc)).toList();
            for (EnterpriseDetails details : inCodeOrder) {
                Enterprise current = stored.get(details.uscc());
                if (current == null) {
                    Optional<Enterprise> inserted = enterprises.insert(details, clock.instant());
                    if (inserted.isPresent()) {
                        events.registered(inserted.get());
                        registered++;
                        continue;
                    }
                    // registered meanwhile by another request: it is now a change like any other
                    current = enterprises.lock(details.uscc()).orElseThrow();
                }
                if (apply(current, details).changed()) {
                    changed++;
                } else {
                    unchanged++;
                }
            }
            return new BatchOutcome(registered, changed, unchanged);
        });
    }

    /** Stores {@code details} over a locked enterprise; publishes only a real change. */
    Change apply(Enterprise current, EnterpriseDetails details) {
        if (current.details().equals(details)) {
            return new Change(current, false);
        }
        Enterprise changed = enterprises.update(current, details, clock.instant());
        events.changed(changed);
        return new Change(changed, true);
    }

    private EnterpriseDetails validate(EnterpriseForm form) {
        var validation = new Validation();
        EnterpriseDetails details = form.validate(reference.current(), validation);
        validation.throwIfInvalid();
        return details;
    }

    private static EnterpriseForm withUscc(EnterpriseForm form, Uscc uscc) {
        return new EnterpriseForm(uscc.value(), form.name(), form.regionCode(), form.cluster(), form.scale(),
                form.tags(), form.contactName(), form.contactPhone());
    }
}
