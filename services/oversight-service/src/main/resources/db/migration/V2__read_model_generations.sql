-- The read models live in a schema of their own per generation (oversight_rm1, oversight_rm2, ...), migrated from
-- gov/enterprise/oversight/readmodel/db. This table says which generation answers queries (ACTIVE) and which one is
-- being rebuilt from the topics (BUILDING, then CATCHING_UP, when live events are written to it as well).
create table read_model_generation (
    generation       integer     primary key,
    schema_name      text        not null unique,
    status           text        not null
        check (status in ('BUILDING', 'CATCHING_UP', 'ACTIVE', 'RETIRED', 'FAILED', 'DROPPED')),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    activated_at     timestamptz,
    retired_at       timestamptz,
    -- rebuild progress and measurements
    events_read      bigint      not null default 0,
    bulk_events      bigint,
    bulk_seconds     double precision,
    catch_up_events  bigint,
    catch_up_seconds double precision,
    detail           text
);

-- at most one generation answers, at most one is being rebuilt
create unique index read_model_generation_one_active on read_model_generation ((true)) where status = 'ACTIVE';
create unique index read_model_generation_one_rebuild on read_model_generation ((true))
    where status in ('BUILDING', 'CATCHING_UP');
