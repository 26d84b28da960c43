CREATE TABLE thing (id bigserial PRIMARY KEY, name text NOT NULL, created_by text NOT NULL);
