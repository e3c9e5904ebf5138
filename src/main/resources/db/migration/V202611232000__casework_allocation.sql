-- Allocation of a child's case (casework): who holds it, from when to when, and why.
-- One row per period: the case-holding team's lead row (worker_id NULL while the case waits for a
-- worker in that team) and co-workers' rows from other teams. Rows are ended, never deleted or
-- rewritten, so the history answers "who held this child's case on any day?".
-- The casework schema is shared with case notes and oversight (same module): created if absent.
CREATE SCHEMA IF NOT EXISTS casework;

-- The child's case as one thing to change: every allocation change moves its version on, so two
-- managers acting at once cannot overwrite each other (the second is shown what changed).
CREATE TABLE casework.child_case (
  child_id  UUID PRIMARY KEY,
  version   BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE casework.allocation (
  id               UUID PRIMARY KEY,
  child_id         UUID NOT NULL,
  team_id          UUID NOT NULL,
  worker_id        UUID,
  lead             BOOLEAN NOT NULL,
  allocated_from   DATE NOT NULL,
  allocated_to     DATE,
  reason           TEXT NOT NULL CHECK (btrim(reason) <> ''),
  allocated_by     UUID NOT NULL,
  recorded_at      TIMESTAMPTZ NOT NULL,
  ended_by         UUID,
  ended_at         TIMESTAMPTZ,
  end_reason       TEXT,
  transfer_id      UUID,
  version          BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT allocation_period_ck CHECK (allocated_to IS NULL OR allocated_to >= allocated_from),
  CONSTRAINT allocation_co_worker_named_ck CHECK (lead OR worker_id IS NOT NULL),
  CONSTRAINT allocation_ended_ck CHECK ((allocated_to IS NULL) = (ended_at IS NULL))
);
-- One lead (case-holding team and key worker) at a time.
CREATE UNIQUE INDEX allocation_one_lead_uk ON casework.allocation (child_id) WHERE lead AND allocated_to IS NULL;
-- A worker co-works a child once at a time.
CREATE UNIQUE INDEX allocation_one_co_working_uk ON casework.allocation (child_id, worker_id) WHERE NOT lead AND allocated_to IS NULL;
CREATE INDEX allocation_child_idx ON casework.allocation (child_id, allocated_from);
CREATE INDEX allocation_worker_idx ON casework.allocation (worker_id, allocated_from) WHERE worker_id IS NOT NULL;
CREATE INDEX allocation_team_idx ON casework.allocation (team_id, allocated_from);

-- A case moving between teams: requested by the sending team's manager, accepted by the receiving
-- team's manager, who allocates a worker. Local rule L1 runs from the request to the acceptance.
CREATE TABLE casework.transfer (
  id                UUID PRIMARY KEY,
  child_id          UUID NOT NULL,
  from_team_id      UUID NOT NULL,
  to_team_id        UUID NOT NULL,
  reason            TEXT NOT NULL CHECK (btrim(reason) <> ''),
  requested_on      DATE NOT NULL,
  requested_by      UUID NOT NULL,
  requested_at      TIMESTAMPTZ NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED')),
  accepted_on       DATE,
  accepted_by       UUID,
  accepted_at       TIMESTAMPTZ,
  to_worker_id      UUID,
  late_reason_code  TEXT,
  late_reason_text  TEXT,
  clock_id          UUID,
  version           BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT transfer_teams_ck CHECK (from_team_id <> to_team_id),
  CONSTRAINT transfer_accepted_ck CHECK (status <> 'ACCEPTED' OR (accepted_on IS NOT NULL AND accepted_by IS NOT NULL AND to_worker_id IS NOT NULL))
);
CREATE UNIQUE INDEX transfer_one_open_uk ON casework.transfer (child_id) WHERE status = 'REQUESTED';
CREATE INDEX transfer_to_team_idx ON casework.transfer (to_team_id, status);
CREATE INDEX transfer_from_team_idx ON casework.transfer (from_team_id, status);

-- Local rule L1 in the one timescale engine: a receiving team accepts a transfer within 5 working days.
INSERT INTO timescales.rule (id, title, start_event, stop_event, amount, unit, repeating, statutory, source) VALUES
('L1', 'Accept a case transferred between teams', 'Transfer requested by the sending team''s manager',
       'Transfer accepted and a worker allocated by the receiving team''s manager', 5, 'WORKING_DAYS', FALSE, FALSE, 'Local standard');
