-- Clock instances: each running or stopped timescale clock of a rule for a child, about a subject
-- (a referral, an enquiry, a plan's visits, a transfer). The rule's deadline is read from
-- timescales.rule at reading time, so an override applies to every open clock. Never deleted:
-- a clock that no longer applies is ended with a reason; pauses are kept as history.
CREATE TABLE timescales.clock (
  id                UUID PRIMARY KEY,
  rule_id           TEXT NOT NULL REFERENCES timescales.rule (id),
  child_id          UUID NOT NULL,
  subject_type      TEXT NOT NULL CHECK (btrim(subject_type) <> ''),
  subject_id        UUID NOT NULL,
  started_on        DATE NOT NULL,
  previous_clock_id UUID REFERENCES timescales.clock (id),
  started_at        TIMESTAMPTZ NOT NULL,
  started_by        UUID,
  stopped_on        DATE,
  stopped_at        TIMESTAMPTZ,
  stopped_by        UUID,
  late_reason_code  TEXT,
  late_reason_text  TEXT,
  ended_on          DATE,
  end_reason        TEXT,
  ended_at          TIMESTAMPTZ,
  ended_by          UUID,
  version           BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT clock_once UNIQUE (rule_id, subject_type, subject_id, started_on),
  CONSTRAINT clock_stop_after_start CHECK (stopped_on IS NULL OR stopped_on >= started_on),
  CONSTRAINT clock_late_reason_whole CHECK ((late_reason_code IS NULL) = (late_reason_text IS NULL)),
  CONSTRAINT clock_not_stopped_and_ended CHECK (stopped_on IS NULL OR ended_on IS NULL),
  CONSTRAINT clock_end_reason CHECK (ended_on IS NULL OR btrim(end_reason) <> '')
);
CREATE INDEX clock_child_idx ON timescales.clock (child_id, started_on DESC);
CREATE INDEX clock_running_idx ON timescales.clock (child_id, rule_id) WHERE stopped_on IS NULL AND ended_on IS NULL;
CREATE INDEX clock_subject_idx ON timescales.clock (subject_type, subject_id);

CREATE TABLE timescales.clock_pause (
  id          BIGSERIAL PRIMARY KEY,
  clock_id    UUID NOT NULL REFERENCES timescales.clock (id),
  paused_from DATE NOT NULL,
  resumed_on  DATE,
  reason      TEXT NOT NULL CHECK (btrim(reason) <> ''),
  paused_at   TIMESTAMPTZ NOT NULL,
  paused_by   UUID,
  resumed_at  TIMESTAMPTZ,
  resumed_by  UUID,
  CONSTRAINT clock_pause_order CHECK (resumed_on IS NULL OR resumed_on >= paused_from)
);
CREATE INDEX clock_pause_clock_idx ON timescales.clock_pause (clock_id, paused_from);
CREATE UNIQUE INDEX clock_pause_one_open ON timescales.clock_pause (clock_id) WHERE resumed_on IS NULL;
