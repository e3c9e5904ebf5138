-- Management oversight on the child's record (casework): management decisions, case supervision
-- and authorisations. Decisions and supervision records are finalised when recorded: the database
-- refuses to change or delete them (only the child they are about may be re-pointed, after a merge
-- of duplicate records); a later word is an appendment with who and when.
-- decided_at is the practice time (UK wall-clock time of the decision); recorded_at is when it was typed up.

CREATE TABLE casework.management_decision (
  id           UUID PRIMARY KEY,
  child_id     UUID NOT NULL,
  decided_at   TIMESTAMP NOT NULL,
  decision     TEXT NOT NULL CHECK (btrim(decision) <> ''),
  rationale    TEXT NOT NULL CHECK (btrim(rationale) <> ''),
  next_steps   TEXT,
  decided_by   UUID NOT NULL,
  recorded_by  UUID NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX management_decision_child_idx ON casework.management_decision (child_id, decided_at DESC);

CREATE TABLE casework.supervision (
  id             UUID PRIMARY KEY,
  child_id       UUID NOT NULL,
  held_on        DATE NOT NULL,
  supervisor_id  UUID NOT NULL,
  worker_id      UUID NOT NULL,
  summary        TEXT NOT NULL CHECK (btrim(summary) <> ''),
  analysis       TEXT NOT NULL CHECK (btrim(analysis) <> ''),
  recorded_by    UUID NOT NULL,
  recorded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX supervision_child_idx ON casework.supervision (child_id, held_on DESC);

CREATE TABLE casework.supervision_action (
  supervision_id  UUID NOT NULL REFERENCES casework.supervision (id),
  position        INT NOT NULL,
  action          TEXT NOT NULL CHECK (btrim(action) <> ''),
  owner_id        UUID NOT NULL,
  due_on          DATE NOT NULL,
  PRIMARY KEY (supervision_id, position)
);
CREATE INDEX supervision_action_owner_idx ON casework.supervision_action (owner_id, due_on);

-- A later word on a finalised decision or supervision record: never an edit of it.
CREATE TABLE casework.oversight_appendment (
  id           UUID PRIMARY KEY,
  record_type  TEXT NOT NULL CHECK (record_type IN ('MANAGEMENT_DECISION', 'SUPERVISION')),
  record_id    UUID NOT NULL,
  child_id     UUID NOT NULL,
  text         TEXT NOT NULL CHECK (btrim(text) <> ''),
  appended_by  UUID NOT NULL,
  appended_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX oversight_appendment_record_idx ON casework.oversight_appendment (record_id, appended_at);

CREATE FUNCTION casework.refuse_changing_finalised_records() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'casework.%: finalised records are never deleted', TG_TABLE_NAME;
  END IF;
  IF (to_jsonb(NEW) - 'child_id') IS DISTINCT FROM (to_jsonb(OLD) - 'child_id') THEN
    RAISE EXCEPTION 'casework.%: finalised records are never changed; add an appendment', TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER management_decision_finalised BEFORE UPDATE OR DELETE ON casework.management_decision
  FOR EACH ROW EXECUTE FUNCTION casework.refuse_changing_finalised_records();
CREATE TRIGGER supervision_finalised BEFORE UPDATE OR DELETE ON casework.supervision
  FOR EACH ROW EXECUTE FUNCTION casework.refuse_changing_finalised_records();
CREATE TRIGGER supervision_action_finalised BEFORE UPDATE OR DELETE ON casework.supervision_action
  FOR EACH ROW EXECUTE FUNCTION casework.refuse_changing_finalised_records();
CREATE TRIGGER oversight_appendment_finalised BEFORE UPDATE OR DELETE ON casework.oversight_appendment
  FOR EACH ROW EXECUTE FUNCTION casework.refuse_changing_finalised_records();

-- Items awaiting a manager's sign-off, from any module: requested with a summary and a link to the
-- item, decided once (authorised, or returned with the rationale). A returned item may be requested again.
CREATE TABLE casework.authorisation (
  id            UUID PRIMARY KEY,
  child_id      UUID NOT NULL,
  kind          TEXT NOT NULL CHECK (btrim(kind) <> ''),
  subject_id    UUID NOT NULL,
  summary       TEXT NOT NULL CHECK (btrim(summary) <> ''),
  link          TEXT,
  team_id       UUID,
  requested_by  UUID NOT NULL,
  requested_at  TIMESTAMPTZ NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('AWAITING', 'AUTHORISED', 'RETURNED')),
  decided_by    UUID,
  decided_at    TIMESTAMPTZ,
  rationale     TEXT,
  version       BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT authorisation_decided_ck CHECK ((status = 'AWAITING') = (decided_at IS NULL)),
  CONSTRAINT authorisation_returned_ck CHECK (status <> 'RETURNED' OR btrim(coalesce(rationale, '')) <> '')
);
CREATE UNIQUE INDEX authorisation_one_awaiting_uk ON casework.authorisation (kind, subject_id) WHERE status = 'AWAITING';
CREATE INDEX authorisation_awaiting_idx ON casework.authorisation (team_id, requested_at) WHERE status = 'AWAITING';
CREATE INDEX authorisation_child_idx ON casework.authorisation (child_id, requested_at DESC);
