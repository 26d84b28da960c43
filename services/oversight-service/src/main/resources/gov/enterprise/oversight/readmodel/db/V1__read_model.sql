-- One generation of the oversight read models. Every table is derived from the three topics and can be rebuilt;
-- nothing here is the only copy of anything.

-- One row per issue: everything merged from intake's and resolution's events (the per-issue guard against
-- redelivery and reordering), plus the current state lists need.
create table issue (
    issue_id                text        primary key,
    reported_at             timestamptz,
    report_day              date,
    title                   text,
    channel                 text,
    uscc                    text,
    region                  text,
    cluster                 text,
    enterprise_at           timestamptz,
    routed_category         text,
    routed_department       text,
    routed_at               timestamptz,
    triage_at               timestamptz,
    duplicate_of            text,
    duplicate_flagged_at    timestamptz,
    duplicate_cleared_at    timestamptz,
    duplicate_confirmed_at  timestamptz,
    rejected_at             timestamptz,
    -- the latest ticket snapshot
    ticket_version          bigint,
    ticket_state            text,
    light                   text,
    ticket_department       text,
    ticket_category         text,
    outcome                 text,
    escalation_level        integer,
    accept_due              date,
    resolve_due             date,
    extended                boolean,
    reopen_count            integer,
    ticket_reported_at      timestamptz,
    ticket_at               timestamptz,
    escalated_to            text,
    -- the ticket's figure-relevant history, stretches of versions the figures see alike:
    -- [[version, last version, epoch millis, state, red, department, category, outcome]]
    steps                   jsonb       not null default '[]',
    closed_at               timestamptz,
    timeliness              text,
    satisfaction            text,
    closed_by_default       boolean,
    working_days_to_resolve integer,
    -- derived from the above when the row is written
    status                  text        not null,
    category                text        not null default '',
    department              text        not null default '',
    overdue                 boolean     not null default false,
    overdue_since           timestamptz
);

-- the overdue list, oldest deadline first, reads only overdue rows
create index issue_overdue on issue (resolve_due, reported_at, issue_id) where overdue;
create index issue_enterprise on issue (uscc);

-- The cube. Each row is a change of counters: the issues reported on report_day in one cell (region, cluster,
-- category, department; '' = not known yet) changed by these amounts on effective_day. Figures as of day D for a
-- cohort of report days are the sums of the rows with effective_day <= D.
create table issue_delta_day (
    report_day              date    not null,
    region                  text    not null,
    cluster                 text    not null,
    category                text    not null,
    department              text    not null,
    effective_day           date    not null,
    collected               integer not null default 0,
    handled                 integer not null default 0,
    resolved                integer not null default 0,
    solved                  integer not null default 0,
    pending                 integer not null default 0,
    rejected                integer not null default 0,
    overdue                 integer not null default 0,
    closed                  integer not null default 0,
    closed_on_time          integer not null default 0,
    closed_on_time_extended integer not null default 0,
    closed_overdue          integer not null default 0,
    satisfied               integer not null default 0,
    basically_satisfied     integer not null default 0,
    dissatisfied            integer not null default 0,
    closed_by_default       integer not null default 0,
    working_days_to_resolve integer not null default 0,
    primary key (report_day, region, cluster, category, department, effective_day)
);

-- The same changes by report month and effective month (first day of each): whole months and quarters, current or
-- as of a month end, are summed from here without touching a daily row.
create table issue_delta_month (
    report_month            date    not null,
    region                  text    not null,
    cluster                 text    not null,
    category                text    not null,
    department              text    not null,
    effective_month         date    not null,
    collected               integer not null default 0,
    handled                 integer not null default 0,
    resolved                integer not null default 0,
    solved                  integer not null default 0,
    pending                 integer not null default 0,
    rejected                integer not null default 0,
    overdue                 integer not null default 0,
    closed                  integer not null default 0,
    closed_on_time          integer not null default 0,
    closed_on_time_extended integer not null default 0,
    closed_overdue          integer not null default 0,
    satisfied               integer not null default 0,
    basically_satisfied     integer not null default 0,
    dissatisfied            integer not null default 0,
    closed_by_default       integer not null default 0,
    working_days_to_resolve integer not null default 0,
    primary key (report_month, region, cluster, category, department, effective_month)
);

-- The current counters per report day and cell (all changes summed): the days at the edges of a period that is not
-- whole months.
create table issue_cell_day (
    report_day              date    not null,
    region                  text    not null,
    cluster                 text    not null,
    category                text    not null,
    department              text    not null,
    collected               integer not null default 0,
    handled                 integer not null default 0,
    resolved                integer not null default 0,
    solved                  integer not null default 0,
    pending                 integer not null default 0,
    rejected                integer not null default 0,
    overdue                 integer not null default 0,
    closed                  integer not null default 0,
    closed_on_time          integer not null default 0,
    closed_on_time_extended integer not null default 0,
    closed_overdue          integer not null default 0,
    satisfied               integer not null default 0,
    basically_satisfied     integer not null default 0,
    dissatisfied            integer not null default 0,
    closed_by_default       integer not null default 0,
    working_days_to_resolve integer not null default 0,
    primary key (report_day, region, cluster, category, department)
);

-- Enterprise files, for names in lists.
create table enterprise (
    uscc     text        primary key,
    name     text,
    region   text        not null,
    cluster  text        not null,
    facts_at timestamptz not null
);

-- One row per visit: a visit delivered again is recognised by its id.
create table visit (
    visit_id    text        primary key,
    uscc        text        not null,
    visit_day   date        not null,
    visited_at  timestamptz not null,
    recorded_at timestamptz
);

-- One row per enterprise and day it was visited, with the previous day it was visited (null for its first). An
-- enterprise has a visit in [from, to] exactly when one of its rows in that range has no previous day in it, so
-- "distinct enterprises visited" is a plain count over rows of the period, and adds up across regions and buckets.
create table enterprise_visit_day (
    uscc      text    not null,
    visit_day date    not null,
    region    text    not null,
    cluster   text    not null,
    prev_day  date,
    visits    integer not null,
    primary key (uscc, visit_day)
);

create index enterprise_visit_day_by_day on enterprise_visit_day (visit_day, region, cluster) include (prev_day, visits);
