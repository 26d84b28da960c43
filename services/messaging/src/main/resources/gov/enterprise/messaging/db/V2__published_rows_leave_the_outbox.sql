-- The outbox is a queue, not an archive: the relay deletes a row in the transaction that saw the broker acknowledge
-- its event. Keeping published rows (for a retention, "for investigation") made every publication an update that
-- wrote a new version of the row and an entry in each index, and grew the table and its unique index on random
-- event ids to millions of rows under load, so that every append touched index pages outside the buffer cache. The
-- topics keep what was published; the outbox now holds only what waits.
delete from outbox_event where published_at is not null;
drop index outbox_event_published;
drop index outbox_event_unpublished;
alter table outbox_event drop column published_at;

-- The relay reads one lane's oldest rows in id order.
create index outbox_event_lane on outbox_event (lane, id);
