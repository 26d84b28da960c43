-- The relay reads a lane's oldest rows and deletes them once published: one index on (lane, id) serves both. Beside
-- it, the primary key on id alone offered the planner a second way to read a lane in id order (every row of the
-- table from the oldest, filtered by lane), and cost each append one more index entry. The outbox holds only what
-- waits, so rebuilding its key is quick.
alter table outbox_event drop constraint outbox_event_pkey;
drop index outbox_event_lane;
alter table outbox_event add constraint outbox_event_pkey primary key (lane, id);
