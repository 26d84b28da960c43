-- Tickets: one row per routed issue, the whole aggregate (gov.enterprise.resolution.ticket.Ticket).
create table ticket (
    issue_id                 text        primary key,
    uscc                     text        not null,
    region_code              text        not null,
    cluster                  text        not null,
    scale                    text        not null,
    title                    text        not null,
    description              text        not null,
    category                 text        not null,
    priority                 text        not null,
    department               text        not null,      -- the lead department now responsible
    co_departments           text[]      not null default '{}',
    contributed              text[]      not null default '{}',
    contribution_due         date,
    state                    text        not null,
    light                    text        not null,
    escalation_level         smallint    not null default 0,
    escalated_to             text,
    reported_at              timestamptz not null,
    routed_at                timestamptz not null,
    assigned_at              timestamptz not null,
    accepted_at              timestamptz,
    accept_within            integer     not null,
    resolve_within           integer     not null,
    accept_start             date        not null,
    accept_due               date        not null,
    resolve_start            date        not null,
    resolve_due              date        not null,
    base_resolve_due         date        not null,
    extension_allowance      integer     not null,
    extensions_approved      integer     not null default 0,
    pending_extension_days   integer,
    pending_extension_reason text,
    pending_extension_by     text,
    pending_extension_at     timestamptz,
    suspended_on             date,
    review_on                date,
    review_reminded          boolean     not null default false,
    suspension_reason        text,
    outcome                  text,
    answer                   text,
    planned_for              date,
    resolved_at              timestamptz,
    feedback_due             date,
    reopen_count             integer     not null default 0,
    satisfaction             text,
    closed_by_default        boolean     not null default false,
    closed_at                timestamptz,
    timeliness               text,
    deadline_missed          boolean     not null default false,
    relied_on_extension      boolean     not null default false,
    -- The running deadline and the days its light turns and its escalation climbs, written with every change so
    -- that the deadline evaluation is a range query on dates (null when no clock runs).
    active_due               date,
    yellow_on                date,
    red_on                   date,
    further_overdue_on       date,
    -- What the work queue sorts by: the date the ticket next needs someone (deadline, review, verdict).
    queue_due                date        not null,
    version                  bigint      not null,
    updated_at               timestamptz not null default now()
);

-- Work queues: a department's tickets by deadline, with keyset pagination on (queue_due, issue_id).
create index ticket_department_queue on ticket (department, queue_due, issue_id);
create index ticket_region_queue on ticket (region_code, queue_due, issue_id);
create index ticket_enterprise on ticket (uscc, queue_due, issue_id);
create index ticket_co_departments on ticket using gin (co_departments);

-- The deadline evaluation: each step walks only the tickets it must change, in (day, issue id) order.
create index ticket_turns_yellow on ticket (yellow_on, issue_id) where active_due is not null and light = 'GREEN';
create index ticket_turns_red on ticket (red_on, issue_id) where active_due is not null and light <> 'RED';
create index ticket_escalates on ticket (red_on, issue_id) where active_due is not null and escalation_level = 0;
create index ticket_escalates_further on ticket (further_overdue_on, issue_id)
    where active_due is not null and escalation_level < 2;
create index ticket_review_due on ticket (review_on, issue_id) where state = 'SUSPENDED' and not review_reminded;
create index ticket_feedback_due on ticket (feedback_due, issue_id) where state = 'RESOLVED';

-- Every recorded step of every ticket: who, when, from which state to which, in which department, and the event's
-- own facts (reason, note, comment, outcome...) as JSON.
create table ticket_history (
    id          bigserial   primary key,
    issue_id    text        not null references ticket (issue_id),
    version     bigint      not null,      -- the ticket's version after the action that caused it
    event       text        not null,      -- e.g. ticket-accepted
    from_state  text,
    to_state    text        not null,
    department  text        not null,
    actor       text        not null,      -- subject string, or 'system'
    at          timestamptz not null,
    details     jsonb       not null default '{}'
);

create index ticket_history_by_ticket on ticket_history (issue_id, id);

