-- Enterprises as learnt from visit.events, and which cadres are paired with them.
CREATE TABLE enterprise (
    uscc        varchar(18) PRIMARY KEY,
    region_code varchar(6)  NOT NULL,
    cluster     varchar(32) NOT NULL,
    scale       varchar(16) NOT NULL,
    name        text,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE cadre_pairing (
    uscc     varchar(18) NOT NULL,
    cadre_id varchar(64) NOT NULL,
    PRIMARY KEY (uscc, cadre_id)
);
CREATE INDEX cadre_pairing_by_cadre ON cadre_pairing (cadre_id);

-- One row per issue: the report, intake's decisions, and the latest known state of its ticket (for the issue view).
CREATE TABLE issue (
    issue_id                varchar(64)  PRIMARY KEY,
    uscc                    varchar(18)  NOT NULL,
    region_code             varchar(6)   NOT NULL,
    cluster                 varchar(32)  NOT NULL,
    scale                   varchar(16)  NOT NULL,
    title                   text         NOT NULL,
    description             text         NOT NULL,
    category_hint           varchar(32),
    channel                 varchar(8)   NOT NULL,
    visit_id                varchar(64),
    reported_by             text         NOT NULL,
    reported_at             timestamptz  NOT NULL,
    state                   varchar(16)  NOT NULL,
    category                varchar(32),
    classification_method   varchar(16),
    classification_reason   text,
    lead_department         varchar(16),
    co_departments          text[],
    priority                varchar(8),
    accept_due              date,
    resolve_due             date,
    deadlines_provisional   boolean,
    decided_by              text,
    rule_id                 varchar(64),
    rule_version            int,
    routing_reason          text,
    routed_at               timestamptz,
    triage_reason           text,
    duplicate_of            varchar(64),
    duplicate_similarity    double precision,
    duplicate_status        varchar(16),
    duplicate_flagged_at    timestamptz,
    duplicate_decided_by    text,
    duplicate_decided_at    timestamptz,
    rejection_reason        text,
    ticket_state            varchar(16),
    ticket_department       varchar(16),
    ticket_co_departments   text[],
    ticket_light            varchar(8),
    ticket_accept_due       date,
    ticket_resolve_due      date,
    ticket_escalation_level int,
    ticket_extended         boolean,
    ticket_outcome          varchar(16),
    ticket_version          bigint,
    ticket_updated_at       timestamptz,
    -- the department now responsible (the ticket's after transfers, else the routing's), for department lists
    current_department      varchar(16),
    version                 bigint       NOT NULL,
    updated_at              timestamptz  NOT NULL
);
CREATE INDEX issue_by_enterprise ON issue (uscc, reported_at DESC, issue_id DESC);
CREATE INDEX issue_by_time ON issue (reported_at DESC, issue_id DESC);
CREATE INDEX issue_in_triage ON issue (reported_at, issue_id) WHERE state = 'TRIAGE';
CREATE INDEX issue_by_department ON issue (current_department, reported_at DESC, issue_id DESC)
    WHERE current_department IS NOT NULL;
CREATE INDEX issue_by_original ON issue (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE issue_return (
    issue_id    varchar(64) NOT NULL REFERENCES issue (issue_id),
    seq         int         NOT NULL,
    department  varchar(16) NOT NULL,
    reason      text        NOT NULL,
    returned_by text        NOT NULL,
    returned_at timestamptz NOT NULL,
    PRIMARY KEY (issue_id, seq)
);

CREATE TABLE issue_history (
    id       bigserial   PRIMARY KEY,
    issue_id varchar(64) NOT NULL REFERENCES issue (issue_id),
    at       timestamptz NOT NULL,
    kind     varchar(40) NOT NULL,
    actor    text        NOT NULL,
    detail   text        NOT NULL
);
CREATE INDEX issue_history_by_issue ON issue_history (issue_id, id);
