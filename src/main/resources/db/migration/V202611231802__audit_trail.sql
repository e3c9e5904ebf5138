-- The one audit trail: every view and change of a child's record and of staff records.
-- Identifiers only, never names.
CREATE SCHEMA audit;

CREATE TABLE audit.audit_event (
  id            BIGSERIAL PRIMARY KEY,
  occurred_at   TIMESTAMPTZ NOT NULL,
  actor_id      UUID,
  action        TEXT NOT NULL,
  subject_type  TEXT NOT NULL,
  subject_id    UUID,
  channel       TEXT NOT NULL,
  route         TEXT,
  reason        TEXT,
  detail        JSONB
);
CREATE INDEX audit_event_subject_idx ON audit.audit_event (subject_id, occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit.audit_event (actor_id, occurred_at DESC);
