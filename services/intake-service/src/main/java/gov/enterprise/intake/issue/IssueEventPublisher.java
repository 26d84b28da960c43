package gov.enterprise.intake.issue;

/**
 * Publishes intake's facts to the other contexts, in the transaction of the change that caused them (an
 * outbox), after the issue's row was written.
 */
public interface IssueEventPublisher {

    void publish(IssueEvent event);
}
