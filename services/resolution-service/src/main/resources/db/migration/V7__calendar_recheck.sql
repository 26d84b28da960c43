-- A calendar year loaded with other days than those counted until then asks, in the transaction of the load, that
-- the alarms it may have moved ring again. The deadline evaluation moves them in short batches, at each run until
-- the request is old enough that no instance still counts by the old days, then deletes it: one statement moving a
-- million alarms inside the listener's transaction held them all locked until the poll committed.
create table calendar_recheck (
    first_day    date        primary key,
    requested_at timestamptz not null default now()
);
