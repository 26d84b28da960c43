-- One row per (caller, Idempotency-Key): IN_FLIGHT while the first request runs, COMPLETED with its answer after.
CREATE TABLE idempotency_key (
    caller           text        NOT NULL,
    key              text        NOT NULL,
    fingerprint      text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    locked_until     timestamptz,
    response_status  integer,
    response_headers text,
    response_body    bytea,
    created_at       timestamptz NOT NULL DEFAULT now(),
    completed_at     timestamptz,
    PRIMARY KEY (caller, key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
