package gov.enterprise.intake.issue;

import java.util.List;

/**
 * Publishes intake's facts to the other contexts, in the transaction of the change that caused them (an
 * outbox), after the issue's row was written.
 */
public interface IssueEventPublisher {

    void publish(IssueEvent event);

    /** The facts of one change, in order, stored together (one outbox statement instead of one per fact). */
    void publishAll(List<? extends IssueEvent> events);
}
