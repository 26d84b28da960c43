-- Enterprises' issues as intake and resolution describe them (their events), for the enterprise file and the
-- cadres' portfolios. Issue ids are intake's (any string), not only those raised in visits here.
CREATE TABLE enterprise_issue (
    issue_id         text PRIMARY KEY,
    uscc             text NOT NULL,
    title            text,
    channel          text,
    visit_id         text,
    reported_by      text,
    reported_at      timestamptz,
    category         text,
    department       text,
    status           text NOT NULL,
    status_at        timestamptz NOT NULL,
    ticket_state     text,
    light            text,
    accept_due       date,
    resolve_due      date,
    escalation_level int,
    outcome          text,
    ticket_version   bigint,
    ticket_category  text,
    ticket_department text
);

CREATE INDEX enterprise_issue_by_enterprise ON enterprise_issue (uscc, reported_at DESC);
CREATE INDEX enterprise_issue_open ON enterprise_issue (uscc) WHERE status NOT IN ('CLOSED', 'DUPLICATE', 'REJECTED');
