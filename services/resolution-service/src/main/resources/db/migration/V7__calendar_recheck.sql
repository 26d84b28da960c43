-- A calendar year loaded with other days than those counted until then asks, in the transaction of the load, that
-- the alarms it may have moved ring again. The deadline evaluation moves them in short batches and then deletes the
-- request: one statement moving a million alarms inside the listener's transaction held them all locked until the
-- poll committed, and an evaluation between two committed batches of a load would have counted by the old calendar.
create table calendar_recheck (
    first_day    date        primary key,
    requested_at timestamptz not null default now()
);
