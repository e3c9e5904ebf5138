-- Initial child protection conferences (childprotection, sub-capability conference). A conference is
-- created "to be arranged" when a section 47 enquiry concludes that one is needed, due by T5 (15 working
-- days from the strategy discussion that started the enquiry). The chair arranges it (date, venue,
-- invitations, agency reports requested), records who took part and the decision, and finalises the
-- minutes; then the row is immutable and corrections are amendments. The chair's quality assurance form
-- follows every conference held. Rows are never deleted; a conference not needed is cancelled with a reason.
CREATE SCHEMA IF NOT EXISTS childprotection;

CREATE TABLE childprotection.conference (
  id                    UUID PRIMARY KEY,
  child_id              UUID NOT NULL,
  enquiry_id            UUID NOT NULL,
  referral_id           UUID,
  kind                  TEXT NOT NULL CHECK (kind IN ('INITIAL', 'REVIEW')),
  enquiry_started_on    DATE NOT NULL,
  due_on                DATE NOT NULL,
  status                TEXT NOT NULL CHECK (status IN ('TO_BE_ARRANGED', 'SCHEDULED', 'HELD', 'CANCELLED')),
  scheduled_for         TIMESTAMP,
  venue                 TEXT,
  chair_id              UUID,
  social_work_team_id   UUID,
  social_worker_id      UUID,
  arranged_at           TIMESTAMPTZ,
  arranged_by           UUID,
  held_on               DATE,
  plan_decided          BOOLEAN,
  category              TEXT,
  risks_summary         TEXT,
  strengths_summary     TEXT,
  chair_rationale       TEXT,
  manager_rationale     TEXT,
  dissent_by            TEXT,
  dissent               TEXT,
  late_reason_code      TEXT,
  late_reason_text      TEXT,
  decided_at            TIMESTAMPTZ,
  decided_by            UUID,
  minutes               TEXT,
  minutes_status        TEXT NOT NULL DEFAULT 'DRAFT' CHECK (minutes_status IN ('DRAFT', 'FINAL')),
  minutes_saved_at      TIMESTAMPTZ,
  finalised_at          TIMESTAMPTZ,
  finalised_by          UUID,
  cancelled_at          TIMESTAMPTZ,
  cancelled_by          UUID,
  cancel_reason         TEXT,
  created_at            TIMESTAMPTZ NOT NULL,
  version               BIGINT NOT NULL DEFAULT 0,
  CHECK (status <> 'SCHEDULED' OR (scheduled_for IS NOT NULL AND chair_id IS NOT NULL)),
  CHECK (status <> 'HELD' OR (held_on IS NOT NULL AND plan_decided IS NOT NULL AND btrim(coalesce(chair_rationale, '')) <> '')),
  CHECK (NOT coalesce(plan_decided, FALSE) OR category IS NOT NULL),
  CHECK (status <> 'CANCELLED' OR btrim(coalesce(cancel_reason, '')) <> ''),
  CHECK (minutes_status <> 'FINAL' OR (status = 'HELD' AND finalised_at IS NOT NULL AND btrim(coalesce(minutes, '')) <> ''))
);
CREATE UNIQUE INDEX conference_one_initial_per_enquiry_uk ON childprotection.conference (enquiry_id) WHERE kind = 'INITIAL';
CREATE INDEX conference_child_idx ON childprotection.conference (child_id);
CREATE INDEX conference_chair_idx ON childprotection.conference (chair_id, status);
CREATE INDEX conference_status_idx ON childprotection.conference (status, due_on);

CREATE TABLE childprotection.conference_invitee (
  id                  UUID PRIMARY KEY,
  conference_id       UUID NOT NULL REFERENCES childprotection.conference (id),
  kind                TEXT NOT NULL CHECK (kind IN ('PARENT', 'CHILD', 'AGENCY', 'OTHER')),
  person_id           UUID,
  agency              TEXT,
  name                TEXT NOT NULL,
  relationship        TEXT,
  invited_on          DATE,
  invitation_style    TEXT CHECK (invitation_style IN ('THROUGH_PARENTS_OR_ADVOCATE', 'CHILD_FRIENDLY_LETTER', 'YOUNG_PERSONS_LETTER')),
  advocacy_offered    BOOLEAN NOT NULL DEFAULT FALSE,
  advocate_used       BOOLEAN NOT NULL DEFAULT FALSE,
  advocate_name       TEXT,
  attendance          TEXT CHECK (attendance IN ('ATTENDED', 'APOLOGIES', 'DID_NOT_ATTEND')),
  contributed_by      TEXT CHECK (contributed_by IN ('ATTENDED', 'WISHES_AND_FEELINGS_FORM', 'ADVOCATE', 'VIEWS_THROUGH_WORKER', 'NOT_INVITED')),
  not_invited_reason  TEXT,
  supporter_present   BOOLEAN NOT NULL DEFAULT FALSE,
  recorded_at         TIMESTAMPTZ,
  CHECK (kind <> 'AGENCY' OR agency IS NOT NULL),
  CHECK (contributed_by IS DISTINCT FROM 'NOT_INVITED' OR btrim(coalesce(not_invited_reason, '')) <> '')
);
CREATE INDEX conference_invitee_conference_idx ON childprotection.conference_invitee (conference_id);
CREATE UNIQUE INDEX conference_invitee_agency_uk ON childprotection.conference_invitee (conference_id, agency) WHERE kind = 'AGENCY';

CREATE TABLE childprotection.conference_agency_report (
  conference_id            UUID NOT NULL REFERENCES childprotection.conference (id),
  agency                   TEXT NOT NULL,
  requested_on             DATE NOT NULL,
  received_on              DATE,
  shared_with_parents_on   DATE,
  recorded_at              TIMESTAMPTZ,
  recorded_by              UUID,
  PRIMARY KEY (conference_id, agency),
  CHECK (received_on IS NULL OR received_on >= requested_on),
  CHECK (shared_with_parents_on IS NULL OR (received_on IS NOT NULL AND shared_with_parents_on >= received_on))
);

CREATE TABLE childprotection.conference_amendment (
  id             UUID PRIMARY KEY,
  conference_id  UUID NOT NULL REFERENCES childprotection.conference (id),
  body           TEXT NOT NULL CHECK (btrim(body) <> ''),
  reason         TEXT NOT NULL CHECK (btrim(reason) <> ''),
  amended_by     UUID NOT NULL,
  amended_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX conference_amendment_conference_idx ON childprotection.conference_amendment (conference_id, amended_at);

CREATE TABLE childprotection.conference_quality (
  conference_id               UUID PRIMARY KEY REFERENCES childprotection.conference (id),
  chair_id                    UUID NOT NULL,
  agency_timeliness           SMALLINT NOT NULL CHECK (agency_timeliness BETWEEN 1 AND 4),
  social_work_report_quality  SMALLINT NOT NULL CHECK (social_work_report_quality BETWEEN 1 AND 4),
  child_voice                 SMALLINT NOT NULL CHECK (child_voice BETWEEN 1 AND 4),
  advocacy                    SMALLINT NOT NULL CHECK (advocacy BETWEEN 1 AND 4),
  parents_preparation         SMALLINT NOT NULL CHECK (parents_preparation BETWEEN 1 AND 4),
  plan_quality                SMALLINT NOT NULL CHECK (plan_quality BETWEEN 1 AND 4),
  comment                     TEXT,
  recorded_at                 TIMESTAMPTZ NOT NULL
);

-- Finalised minutes make the conference immutable; nothing here is ever deleted.
CREATE FUNCTION childprotection.conference_stays_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Conferences are never deleted: cancel one with a reason';
  END IF;
  IF OLD.minutes_status = 'FINAL' THEN
    RAISE EXCEPTION 'The minutes of this conference are final: add an amendment';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER conference_stays_final BEFORE UPDATE OR DELETE ON childprotection.conference
  FOR EACH ROW EXECUTE FUNCTION childprotection.conference_stays_final();

CREATE FUNCTION childprotection.conference_parts_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Amendments and quality forms of conferences are never changed or deleted';
END $$;
CREATE TRIGGER conference_amendment_kept BEFORE UPDATE OR DELETE ON childprotection.conference_amendment
  FOR EACH ROW EXECUTE FUNCTION childprotection.conference_parts_kept();
CREATE TRIGGER conference_quality_kept BEFORE UPDATE OR DELETE ON childprotection.conference_quality
  FOR EACH ROW EXECUTE FUNCTION childprotection.conference_parts_kept();

-- Local setting: agency reports are shared with parents at least N working days before the conference.
-- Held as a rule of the one timescale engine, so administrators change it like any other local setting.
INSERT INTO timescales.rule (id, title, start_event, stop_event, amount, unit, repeating, statutory, source) VALUES
('L2', 'Share agency reports with parents before a child protection conference', 'Agency report received',
       'Report shared with parents, at least this long before the conference', 2, 'WORKING_DAYS', FALSE, FALSE,
       'Local standard (inspection finding: reports not shared with parents before conferences)');

-- Reporting views: the data contract for performance and returns.
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.conference AS
SELECT c.id AS conference_id, c.child_id, c.enquiry_id, c.referral_id, c.kind, c.status, c.enquiry_started_on, c.due_on,
       c.scheduled_for, c.held_on, c.held_on IS NOT NULL AND c.held_on <= c.due_on AS held_in_time,
       c.chair_id, c.social_work_team_id, c.social_worker_id, c.plan_decided, c.category, c.minutes_status,
       c.dissent IS NOT NULL AS dissent_recorded, c.late_reason_code
FROM childprotection.conference c;

CREATE VIEW reporting.conference_participation AS
SELECT i.conference_id, c.child_id, c.held_on, i.kind, i.agency, i.invitation_style, i.advocacy_offered, i.advocate_used,
       i.attendance, i.contributed_by, i.supporter_present
FROM childprotection.conference_invitee i JOIN childprotection.conference c ON c.id = i.conference_id;

CREATE VIEW reporting.conference_agency_report AS
SELECT r.conference_id, c.child_id, r.agency, r.requested_on, r.received_on, r.shared_with_parents_on,
       c.scheduled_for::date AS conference_on, c.held_on
FROM childprotection.conference_agency_report r JOIN childprotection.conference c ON c.id = r.conference_id;

CREATE VIEW reporting.conference_quality AS
SELECT q.conference_id, c.held_on, c.social_work_team_id, q.chair_id, q.agency_timeliness, q.social_work_report_quality,
       q.child_voice, q.advocacy, q.parents_preparation, q.plan_quality, q.recorded_at
FROM childprotection.conference_quality q JOIN childprotection.conference c ON c.id = q.conference_id;
