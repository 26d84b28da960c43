-- Enterprise files (一企一档), pairings (包联) and visits (走访).

-- The characters and character pairs of a name, lower-cased: the search keys of name fragments. Chinese names are
-- searched by fragments of one or two characters (吉利, 药), which trigram indexes cannot serve; every fragment of
-- two or more characters contains only pairs that are keys here, so a GIN index on these arrays finds candidates
-- for any fragment, and the exact match is checked on the candidates.
CREATE FUNCTION name_grams(name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT gram), '{}')
    FROM (SELECT substr(lower(name), i, 1) AS gram FROM generate_series(1, char_length(name)) AS i
          UNION ALL
          SELECT substr(lower(name), i, 2) FROM generate_series(1, char_length(name) - 1) AS i) AS grams
$$;

-- The keys a fragment must contain: its pairs, or the character itself for a one-character fragment.
CREATE FUNCTION fragment_grams(fragment text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE WHEN char_length(fragment) = 1 THEN ARRAY[lower(fragment)]
                ELSE (SELECT coalesce(array_agg(DISTINCT substr(lower(fragment), i, 2)), '{}')
                      FROM generate_series(1, char_length(fragment) - 1) AS i) END
$$;

CREATE TABLE enterprise (
    uscc            text PRIMARY KEY,
    name            text NOT NULL,
    name_grams      text[] GENERATED ALWAYS AS (name_grams(name)) STORED,
    region_code     text NOT NULL REFERENCES region (code),
    cluster         text NOT NULL REFERENCES industry_cluster (code),
    scale           text NOT NULL CHECK (scale IN ('ABOVE_SCALE', 'BELOW_SCALE')),
    tags            text[] NOT NULL DEFAULT '{}',
    contact_name    text,
    contact_phone   text,
    version         bigint NOT NULL,
    registered_at   timestamptz NOT NULL,
    changed_at      timestamptz NOT NULL,
    visit_count     bigint NOT NULL DEFAULT 0,
    last_visited_at timestamptz
);

CREATE INDEX enterprise_name_grams ON enterprise USING gin (name_grams);
-- listings are ordered by name in code point order (COLLATE "C"), the same in every database locale
CREATE INDEX enterprise_by_name ON enterprise (name COLLATE "C", uscc);
CREATE INDEX enterprise_by_region ON enterprise (region_code, name COLLATE "C", uscc);
CREATE INDEX enterprise_by_cluster ON enterprise (cluster, name COLLATE "C", uscc);
CREATE INDEX enterprise_tags ON enterprise USING gin (tags);

CREATE TABLE pairing (
    cadre_id  text NOT NULL,
    uscc      text NOT NULL REFERENCES enterprise (uscc),
    paired_at timestamptz NOT NULL,
    PRIMARY KEY (cadre_id, uscc)
);

CREATE INDEX pairing_by_enterprise ON pairing (uscc, cadre_id);

CREATE TABLE visit (
    visit_id    uuid PRIMARY KEY,
    uscc        text NOT NULL REFERENCES enterprise (uscc),
    cadre_id    text NOT NULL,
    visited_at  timestamptz NOT NULL,
    mode        text NOT NULL CHECK (mode IN ('ON_SITE', 'PHONE', 'MEETING')),
    summary     text NOT NULL,
    recorded_at timestamptz NOT NULL,
    -- digest of the request that recorded the visit: a retry matches it, a different visit under the id does not
    fingerprint text NOT NULL
);

CREATE INDEX visit_by_enterprise ON visit (uscc, visited_at DESC, visit_id);
CREATE INDEX visit_by_cadre ON visit (cadre_id, visited_at DESC, visit_id);
CREATE INDEX visit_by_cadre_enterprise ON visit (cadre_id, uscc, visited_at DESC);

CREATE TABLE raised_issue (
    issue_id      uuid PRIMARY KEY,
    visit_id      uuid NOT NULL REFERENCES visit (visit_id),
    position      int NOT NULL,
    title         text NOT NULL,
    description   text NOT NULL,
    category_hint text,
    UNIQUE (visit_id, position)
);
