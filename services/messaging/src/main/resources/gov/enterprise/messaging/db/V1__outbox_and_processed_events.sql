-- Events waiting to be relayed to Kafka. A service inserts a row in the same transaction as the state change the
-- event describes, so the event exists if and only if the change committed.
create table outbox_event (
    id           bigserial   primary key,
    event_id     uuid        not null unique,   -- CloudEvents id; kept on re-sends so consumers recognise them
    topic        text        not null,          -- logical topic; the relay adds the environment's prefix
    message_key  text        not null,          -- Kafka record key = subject: one aggregate, one partition
    event_type   text        not null,
    source       text        not null,
    subject      text        not null,
    occurred_at  timestamptz not null,
    -- text, not jsonb: consumers receive exactly the bytes the codec wrote (jsonb reorders keys, refuses \u0000)
    payload      text        not null,
    trace_parent text,                          -- W3C traceparent of the transaction that appended the event
    lane         smallint    not null,          -- hash(message_key) mod lanes: the unit of relay ownership
    created_at   timestamptz not null default now(),
    published_at timestamptz                    -- set in the relay transaction once the broker acknowledged it
);

-- The relay only ever reads unpublished rows of one lane in id order; the partial index stays as small as the
-- backlog.
create index outbox_event_unpublished on outbox_event (lane, id) where published_at is null;

-- Housekeeping deletes published rows by age.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

-- Events a consumer group has applied, written in the same transaction as the effect: a redelivered event finds
-- its row and changes nothing.
create table processed_event (
    consumer     text        not null,          -- consumer group
    event_id     uuid        not null,
    topic        text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
