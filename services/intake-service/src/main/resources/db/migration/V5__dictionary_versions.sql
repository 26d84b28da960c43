-- Each category's dictionary has a version. A replacement takes the next version in one upsert, which locks the
-- row: two administrators replacing the same dictionary at once are applied one after the other (before, their
-- deletes and inserts interleaved, and the second could fail on the first's terms), and If-Match on the version
-- keeps an edit made from an older read from silently dropping terms added since.
CREATE TABLE classification_dictionary (
    category   varchar(32) PRIMARY KEY REFERENCES category (code),
    version    int         NOT NULL CHECK (version >= 1),
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL
);

INSERT INTO classification_dictionary (category, version, changed_by, changed_at)
SELECT c.code, 1, coalesce(max(t.changed_by), 'seed'), coalesce(max(t.changed_at), now())
FROM category c LEFT JOIN classification_term t ON t.category = c.code
GROUP BY c.code;
