package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.config.OversightProperties;
import gov.enterprise.oversight.figure.VisitChange;
import gov.enterprise.oversight.live.ReadModelChanges;
import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.oversight.readmodel.Generations;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps visits and enterprise files up to date in every generation being written. */
@Service
public class VisitProjection {

    private final Generations generations;
    private final VisitStore visits;
    private final ReadModelChanges changes;
    private final ZoneId zone;

    public VisitProjection(Generations generations, VisitStore visits, ReadModelChanges changes,
                           OversightProperties properties) {
        this.generations = generations;
        this.visits = visits;
        this.changes = changes;
        this.zone = properties.zone();
    }

    @Transactional
    public void apply(VisitChange change) {
        boolean changed = false;
        for (Generation generation : generations.writable()) {
            changed |= applyTo(generation, change);
        }
        if (changed) {
            changes.signal();
        }
    }

    @Transactional
    public boolean applyTo(Generation generation, VisitChange change) {
        return switch (change) {
            case VisitChange.VisitRecorded visit ->
                    visits.record(generation, visit, LocalDate.ofInstant(visit.visitedAt(), zone));
            case VisitChange.EnterpriseFiled filed -> {
                visits.fileEnterprise(generation, filed.enterprise(), filed.name(), filed.at());
                yield false;
            }
        };
    }
}
