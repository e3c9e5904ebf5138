-- Measure targets and amber tolerances (issue 7) become dated, audited changes, like the workload
-- weights: every change is kept with the day it applies from, who made it and why, so a scorecard
-- "as at" a day uses the target and tolerance in force that day. performance.measure keeps the
-- latest values (and its version for optimistic locking); the dated rows are what figures read.
-- A later migration that changes a target inserts a dated row here too.

CREATE TABLE performance.measure_target (
  id               UUID PRIMARY KEY,
  measure_id       TEXT NOT NULL REFERENCES performance.measure (id),
  target           NUMERIC CHECK (target >= 0),
  amber_tolerance  NUMERIC NOT NULL CHECK (amber_tolerance >= 0),
  valid_from       DATE NOT NULL,
  recorded_at      TIMESTAMPTZ NOT NULL,
  recorded_by      UUID,
  reason           TEXT NOT NULL CHECK (btrim(reason) <> ''),
  seq              BIGINT GENERATED ALWAYS AS IDENTITY
);
-- The target in force on a day: the measure's latest change from that day or before (seq orders changes made the same day).
CREATE INDEX measure_target_measure_idx ON performance.measure_target (measure_id, valid_from DESC, seq DESC);

-- What was in force before targets were dated applies to every day the measure has existed.
INSERT INTO performance.measure_target (id, measure_id, target, amber_tolerance, valid_from, recorded_at, recorded_by, reason)
SELECT gen_random_uuid(), id, target, amber_tolerance, DATE '2010-01-01', now(), NULL,
       'In force since the measure existed (when targets became dated)'
  FROM performance.measure;
