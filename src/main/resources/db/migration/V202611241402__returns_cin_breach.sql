-- The returns module: CIN census rule breaches as last checked, per child, so that data quality
-- can count them and each child's record and the returns pages can list them. Rows for a child are
-- replaced whenever that child is checked (on viewing the record) and all rows of a year whenever
-- the whole return is checked.
CREATE SCHEMA IF NOT EXISTS returns;

CREATE TABLE returns.cin_breach (
  id           BIGSERIAL PRIMARY KEY,
  census_year  INT NOT NULL,
  person_id    UUID,
  la_child_id  TEXT,
  rule         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('ERROR', 'QUERY')),
  message      TEXT NOT NULL,
  fields       TEXT[] NOT NULL,
  source_kind  TEXT NOT NULL,
  source_id    UUID,
  checked_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX cin_breach_person_idx ON returns.cin_breach (person_id, census_year);
CREATE INDEX cin_breach_year_idx ON returns.cin_breach (census_year, kind);

CREATE VIEW reporting.cin_census_breach AS
SELECT b.census_year, b.person_id AS child_id, b.la_child_id, b.rule, b.kind, b.message, b.fields, b.source_kind, b.source_id,
       b.checked_at
  FROM returns.cin_breach b;
