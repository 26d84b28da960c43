-- Reference data intake decides with, seeded from the shared reference data at first start (V4) and edited by
-- administrators afterwards.
CREATE TABLE region (
    code        varchar(6)  PRIMARY KEY,
    name_zh     text        NOT NULL,
    parent_code varchar(6)  REFERENCES region (code)
);

CREATE TABLE industry_cluster (
    code    varchar(32) PRIMARY KEY,
    name_zh text        NOT NULL
);

CREATE TABLE category (
    code    varchar(32) PRIMARY KEY,
    name_zh text        NOT NULL,
    name_en text        NOT NULL
);

CREATE TABLE department (
    code    varchar(16) PRIMARY KEY,
    name_zh text        NOT NULL,
    name_en text        NOT NULL
);

-- Keyword and phrase dictionaries of the classifier, one row per term of a category; weight 0 marks a neutral
-- phrase that only stops the terms inside it from counting.
CREATE TABLE classification_term (
    category   varchar(32) NOT NULL REFERENCES category (code),
    term       varchar(32) NOT NULL,
    weight     int         NOT NULL CHECK (weight BETWEEN 0 AND 10),
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (category, term)
);

-- Routing rules: every change adds a version; the highest version of a rule is in force unless it is retired.
CREATE TABLE routing_rule (
    rule_id         varchar(64) NOT NULL,
    version         int         NOT NULL CHECK (version >= 1),
    category        varchar(32) NOT NULL REFERENCES category (code),
    region_code     varchar(6),
    cluster         varchar(32),
    scale           varchar(16),
    lead_department varchar(16) NOT NULL REFERENCES department (code),
    co_departments  text[]      NOT NULL DEFAULT '{}',
    retired         boolean     NOT NULL DEFAULT false,
    changed_by      text        NOT NULL,
    changed_at      timestamptz NOT NULL,
    PRIMARY KEY (rule_id, version)
);

-- SLA policies: '*' means any category or any priority.
CREATE TABLE sla_policy (
    category             varchar(32) NOT NULL,
    priority             varchar(8)  NOT NULL,
    accept_working_days  int         NOT NULL,
    resolve_working_days int         NOT NULL,
    changed_by           text        NOT NULL,
    changed_at           timestamptz NOT NULL,
    PRIMARY KEY (category, priority)
);

-- The official working-day calendars loaded so far (the State Council publishes next year's each November).
CREATE TABLE calendar_year (
    year      int         PRIMARY KEY,
    loaded_by text        NOT NULL,
    loaded_at timestamptz NOT NULL
);

CREATE TABLE calendar_day (
    day  date       PRIMARY KEY,
    year int        NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    kind varchar(8) NOT NULL CHECK (kind IN ('holiday', 'workday'))
);
CREATE INDEX calendar_day_by_year ON calendar_day (year);
