package gov.enterprise.messaging.consumer;

import java.util.List;

/**
 * For an {@link EventsListener} whose handlers each lock or read the rows of their event's subject: told the subjects
 * of a poll before its events are applied, it can lock or read all their rows in one statement, and its handlers then
 * find them there, instead of one or more round trips per event.
 *
 * <p>Called in the poll's transaction, before the first handler, with the distinct keys of the events about to be
 * applied (events this listener handles, first deliveries only) in the order they will be applied: locks taken in that
 * order follow the order the handlers would have taken them in, so listeners of two topics about the same subjects
 * still lock them in one order. Not called when the records of a poll are applied one transaction each (after a
 * failure of the batch): each handler must still work without it. An exception rolls the batch back like a failure of
 * the database.
 */
public interface PollPreparation {

    void preparing(List<String> keys);
}
