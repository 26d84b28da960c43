-- the test service's own state: counters and the effects its listener applied
create table counter (
    id   text   primary key,
    step bigint not null
);

create table applied_step (
    seq      bigserial primary key,   -- order of application
    counter  text      not null,
    step     bigint    not null,
    event_id uuid      not null       -- no unique constraint: a duplicate effect must be visible
);

create table applied_trouble (
    id       text    not null,
    attempts int     not null,
    event_id uuid    not null
);
