-- the test service's own state: counters and the effects its listener applied
create table counter (
    id   text   primary key,
    step bigint not null
);

create table applied_step (
    seq      bigserial primary key,   -- order of application
    counter  text      not null,
    step     bigint    not null,
    event_id uuid      not null,      -- no unique constraint: a duplicate effect must be visible
    tx       bigint    not null default txid_current(),      -- which transaction applied it: shows the batching
    at       timestamptz not null default clock_timestamp()  -- when: consumption throughput
);

create table applied_trouble (
    id       text    not null,
    attempts int     not null,
    event_id uuid    not null
);

-- rows two listeners of different topics both add to, in opposite orders
create table tally (
    id text   primary key,
    n  bigint not null
);

create table applied_touch (
    event_id uuid not null,
    topic    text not null
);
