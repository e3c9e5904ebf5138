-- The one SMART plan: outcomes (what we want to be different for the child) and actions (who does
-- what, what will be different, by when). Used by child in need plans and, later, child protection,
-- early help and pathway plans: a plan belongs to an owner module's subject, never to a stage.
-- Nothing is deleted: actions and outcomes are withdrawn with a reason; every edit keeps the previous
-- wording in plan_action_history; progress notes are appended.
CREATE SCHEMA planning;

CREATE TABLE planning.plan (
  id            UUID PRIMARY KEY,
  owner_module  TEXT NOT NULL,
  subject_id    UUID NOT NULL,
  child_id      UUID NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  created_by    UUID,
  closed_on     DATE,
  version       BIGINT NOT NULL DEFAULT 0,
  UNIQUE (owner_module, subject_id)
);
CREATE INDEX plan_child_idx ON planning.plan (child_id);

CREATE TABLE planning.plan_outcome (
  id                UUID PRIMARY KEY,
  plan_id           UUID NOT NULL REFERENCES planning.plan (id),
  position          INT NOT NULL,
  outcome           TEXT NOT NULL CHECK (btrim(outcome) <> ''),
  added_at          TIMESTAMPTZ NOT NULL,
  added_by          UUID,
  withdrawn_at      TIMESTAMPTZ,
  withdrawn_by      UUID,
  withdrawn_reason  TEXT,
  version           BIGINT NOT NULL DEFAULT 0,
  UNIQUE (plan_id, position)
);

CREATE TABLE planning.plan_action (
  id                UUID PRIMARY KEY,
  outcome_id        UUID NOT NULL REFERENCES planning.plan_outcome (id),
  position          INT NOT NULL,
  action            TEXT NOT NULL CHECK (btrim(action) <> ''),
  owner_name        TEXT NOT NULL CHECK (btrim(owner_name) <> ''),
  owner_role        TEXT,
  owner_staff_id    UUID,
  difference        TEXT NOT NULL CHECK (btrim(difference) <> ''),
  due_on            DATE NOT NULL,
  status            TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ON_TRACK', 'DONE', 'NOT_DONE')),
  wording_confirmed BOOLEAN NOT NULL DEFAULT FALSE,
  added_at          TIMESTAMPTZ NOT NULL,
  added_by          UUID,
  withdrawn_at      TIMESTAMPTZ,
  withdrawn_by      UUID,
  withdrawn_reason  TEXT,
  version           BIGINT NOT NULL DEFAULT 0,
  UNIQUE (outcome_id, position)
);

CREATE TABLE planning.plan_action_history (
  id              BIGSERIAL PRIMARY KEY,
  action_id       UUID NOT NULL REFERENCES planning.plan_action (id),
  action          TEXT NOT NULL,
  owner_name      TEXT NOT NULL,
  owner_role      TEXT,
  owner_staff_id  UUID,
  difference      TEXT NOT NULL,
  due_on          DATE NOT NULL,
  version         BIGINT NOT NULL,
  replaced_at     TIMESTAMPTZ NOT NULL,
  replaced_by     UUID
);

CREATE TABLE planning.plan_action_progress (
  id           UUID PRIMARY KEY,
  action_id    UUID NOT NULL REFERENCES planning.plan_action (id),
  status       TEXT NOT NULL CHECK (status IN ('OPEN', 'ON_TRACK', 'DONE', 'NOT_DONE')),
  note         TEXT NOT NULL CHECK (btrim(note) <> ''),
  recorded_on  DATE NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL,
  recorded_by  UUID
);
CREATE INDEX plan_action_progress_action_idx ON planning.plan_action_progress (action_id, recorded_on);

-- A plan's record is never deleted; history and progress are never changed.
CREATE FUNCTION planning.refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Plans are never deleted: withdraw with a reason (%)', TG_TABLE_NAME;
END $$;
CREATE FUNCTION planning.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Plan history and progress are appended, never changed (%)', TG_TABLE_NAME;
END $$;
CREATE TRIGGER plan_no_delete BEFORE DELETE ON planning.plan FOR EACH ROW EXECUTE FUNCTION planning.refuse_delete();
CREATE TRIGGER plan_outcome_no_delete BEFORE DELETE ON planning.plan_outcome FOR EACH ROW EXECUTE FUNCTION planning.refuse_delete();
CREATE TRIGGER plan_action_no_delete BEFORE DELETE ON planning.plan_action FOR EACH ROW EXECUTE FUNCTION planning.refuse_delete();
CREATE TRIGGER plan_action_history_append_only BEFORE UPDATE OR DELETE ON planning.plan_action_history
  FOR EACH ROW EXECUTE FUNCTION planning.refuse_change();
CREATE TRIGGER plan_action_progress_append_only BEFORE UPDATE OR DELETE ON planning.plan_action_progress
  FOR EACH ROW EXECUTE FUNCTION planning.refuse_change();

CREATE SCHEMA IF NOT EXISTS reporting;
CREATE VIEW reporting.plan_action AS
SELECT p.id AS plan_id, p.owner_module, p.subject_id, p.child_id, o.id AS outcome_id, o.position AS outcome_position,
       a.id AS action_id, a.position AS action_position, a.owner_name, a.owner_role, a.due_on, a.status,
       a.withdrawn_at IS NOT NULL AS withdrawn
FROM planning.plan p JOIN planning.plan_outcome o ON o.plan_id = p.id JOIN planning.plan_action a ON a.outcome_id = o.id;
