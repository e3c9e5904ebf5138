-- The demo authority's record of itself: when it was built, the last record number it made, and
-- the data faults it seeds on purpose (so the census breach pages have something to show); each
-- fault is also written on the child's record as a case note saying it is a demo fault.
CREATE SCHEMA demodata;

CREATE TABLE demodata.generation (
  id                  INT PRIMARY KEY CHECK (id = 1),
  size                TEXT NOT NULL,
  seed                BIGINT NOT NULL,
  finished_at         TIMESTAMPTZ NOT NULL,
  last_record_number  BIGINT NOT NULL
);

CREATE TABLE demodata.seeded_fault (
  person_id    UUID NOT NULL,
  rule         TEXT NOT NULL,
  description  TEXT NOT NULL,
  PRIMARY KEY (person_id, rule)
);
