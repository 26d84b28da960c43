package gov.enterprise.resolution.deadline;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline evaluation every minute (by default), in one instance at a time: the lock lives in the database
 * ({@code shedlock} table, database time). Off with {@code resolution.deadlines.evaluation-enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "resolution.deadlines.evaluation-enabled", havingValue = "true", matchIfMissing = true)
class DeadlineSchedule {

    private final DeadlineEvaluation evaluation;

    DeadlineSchedule(DeadlineEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Scheduled(fixedDelayString = "${resolution.deadlines.evaluation-interval:PT1M}",
            initialDelayString = "${resolution.deadlines.evaluation-initial-delay:PT10S}")
    @SchedulerLock(name = "deadline-evaluation", lockAtMostFor = "${resolution.deadlines.evaluation-lock-at-most:PT15M}")
    void evaluate() {
        evaluation.evaluate();
    }
}
