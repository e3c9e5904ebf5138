-- Case notes and visits on a child's record (casework). A note starts as a draft row, saved as it is
-- typed; finalising makes it immutable, after which only dated appendments are added. Abandoned drafts
-- are voided with a reason, never deleted. occurred_at is the practice time (UK wall-clock time of the
-- visit, call or meeting); recorded_at is when it was finalised (server time).
-- The casework schema is shared with allocation and oversight (same module): created if absent.
CREATE SCHEMA IF NOT EXISTS casework;

CREATE TABLE casework.case_note (
  id                   UUID PRIMARY KEY,
  child_id             UUID NOT NULL,
  note_type            TEXT,
  occurred_at          TIMESTAMP,
  title                TEXT,
  body                 TEXT,
  child_seen           BOOLEAN NOT NULL DEFAULT FALSE,
  child_seen_alone     BOOLEAN NOT NULL DEFAULT FALSE,
  wishes_and_feelings  TEXT,
  significant          BOOLEAN NOT NULL DEFAULT FALSE,
  status               TEXT NOT NULL CHECK (status IN ('DRAFT', 'FINALISED', 'VOIDED')),
  author_id            UUID NOT NULL,
  started_at           TIMESTAMPTZ NOT NULL,
  saved_at             TIMESTAMPTZ NOT NULL,
  recorded_at          TIMESTAMPTZ,
  late_reason_code     TEXT,
  late_reason_text     TEXT,
  voided_by            UUID,
  voided_at            TIMESTAMPTZ,
  void_reason          TEXT,
  version              BIGINT NOT NULL,
  CHECK (NOT child_seen_alone OR child_seen),
  CHECK (status <> 'FINALISED' OR (note_type IS NOT NULL AND occurred_at IS NOT NULL AND recorded_at IS NOT NULL
                                   AND btrim(coalesce(body, '')) <> '' AND btrim(coalesce(title, '')) <> '')),
  CHECK (status <> 'VOIDED' OR (voided_at IS NOT NULL AND btrim(coalesce(void_reason, '')) <> ''))
);
CREATE INDEX case_note_child_idx ON casework.case_note (child_id, occurred_at DESC) WHERE status = 'FINALISED';
CREATE INDEX case_note_draft_idx ON casework.case_note (child_id, author_id) WHERE status = 'DRAFT';

CREATE TABLE casework.case_note_appendment (
  id           UUID PRIMARY KEY,
  note_id      UUID NOT NULL REFERENCES casework.case_note (id),
  body         TEXT NOT NULL CHECK (btrim(body) <> ''),
  appended_by  UUID NOT NULL,
  appended_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_note_appendment_note_idx ON casework.case_note_appendment (note_id, appended_at);

-- Files received (photos, letters): kept in the database with the note, never removed.
CREATE TABLE casework.case_note_attachment (
  id            UUID PRIMARY KEY,
  note_id       UUID NOT NULL REFERENCES casework.case_note (id),
  file_name     TEXT NOT NULL,
  content_type  TEXT NOT NULL,
  size_bytes    BIGINT NOT NULL CHECK (size_bytes > 0),
  content       BYTEA NOT NULL,
  description   TEXT,
  uploaded_by   UUID NOT NULL,
  uploaded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_note_attachment_note_idx ON casework.case_note_attachment (note_id, uploaded_at);

-- Immutability is also the database's rule: a finalised or voided note's row never changes again,
-- and no note, appendment or attachment is ever deleted.
CREATE FUNCTION casework.case_note_stays_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Case notes are never deleted: void a draft with a reason';
  END IF;
  IF OLD.status <> 'DRAFT' THEN
    RAISE EXCEPTION 'A % case note cannot be changed: add an appendment', lower(OLD.status);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER case_note_stays_final BEFORE UPDATE OR DELETE ON casework.case_note
  FOR EACH ROW EXECUTE FUNCTION casework.case_note_stays_final();

CREATE FUNCTION casework.case_note_parts_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Appendments and attachments of case notes are never changed or deleted';
END $$;
CREATE TRIGGER case_note_appendment_kept BEFORE UPDATE OR DELETE ON casework.case_note_appendment
  FOR EACH ROW EXECUTE FUNCTION casework.case_note_parts_kept();
CREATE TRIGGER case_note_attachment_kept BEFORE UPDATE OR DELETE ON casework.case_note_attachment
  FOR EACH ROW EXECUTE FUNCTION casework.case_note_parts_kept();
