-- The child's chronology: significant events in the child's life and in the work with them, in date
-- order, each with what happened and its impact on the child. Entries come from practice events
-- (one per source record: the unique index makes a repeated event harmless) or are added by the
-- worker. Never deleted: voided with who, when and why.
CREATE SCHEMA chronology;

CREATE TABLE chronology.entry (
  id                  UUID PRIMARY KEY,
  child_id            UUID NOT NULL,
  -- the child the source record named; child_id differs while that record is merged into another
  source_child_id     UUID NOT NULL,
  occurred_on         DATE NOT NULL,
  occurred_time       TIME,
  recorded_at         TIMESTAMPTZ NOT NULL,
  recorded_by         UUID,
  source_module       TEXT NOT NULL,
  source_id           UUID,
  source              TEXT,
  entry_type          TEXT NOT NULL,
  title               TEXT NOT NULL,
  summary             TEXT NOT NULL,
  impact              TEXT,
  impact_recorded_by  UUID,
  impact_recorded_at  TIMESTAMPTZ,
  significant         BOOLEAN NOT NULL,
  third_party         BOOLEAN NOT NULL DEFAULT FALSE,
  updated_by          UUID,
  updated_at          TIMESTAMPTZ,
  voided_by           UUID,
  voided_at           TIMESTAMPTZ,
  void_reason         TEXT,
  version             BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT entry_voided_with_reason CHECK (voided_at IS NULL OR void_reason IS NOT NULL)
);

CREATE UNIQUE INDEX entry_once_per_source ON chronology.entry (source_module, source_id, entry_type) WHERE source_id IS NOT NULL;
CREATE INDEX entry_by_child ON chronology.entry (child_id, occurred_on);
