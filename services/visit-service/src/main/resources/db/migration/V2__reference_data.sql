-- Reference data the visit service validates enterprise files against. Seeded from the shared reference data at
-- first start (V3); administrators edit it here afterwards.
CREATE TABLE region (
    code        text PRIMARY KEY,
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    level       text NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code text REFERENCES region (code)
);

CREATE TABLE industry_cluster (
    code    text PRIMARY KEY,
    name_zh text NOT NULL,
    name_en text NOT NULL
);

CREATE TABLE enterprise_tag (
    code    text PRIMARY KEY,
    name_zh text NOT NULL,
    name_en text NOT NULL
);
