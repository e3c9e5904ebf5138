-- The child and family (single) assessment (assessment module). An assessment is started from the
-- child's referral (frontdoor, by id: no foreign key across modules) and written by its worker in
-- sections, saved as a draft as it is typed. The worker submits it for a manager's authorisation;
-- the manager returns it with a comment (the worker's text is never touched) or authorises it with
-- a rationale and the authorisation date (CIN census AssessmentAuthorisationDate, stopping T2).
-- An authorised assessment never changes: corrections are amendments, appended with a reason.
CREATE SCHEMA IF NOT EXISTS assessment;

CREATE TABLE assessment.assessment (
  id                          UUID PRIMARY KEY,
  child_id                    UUID NOT NULL,
  referral_id                 UUID NOT NULL,
  referral_date               DATE NOT NULL,
  started_on                  DATE NOT NULL,
  worker_id                   UUID NOT NULL,
  team_id                     UUID,
  status                      TEXT NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'AUTHORISED')),
  child_seen_on               DATE,
  child_seen_alone_on         DATE,
  child_not_seen_reason       TEXT,
  childs_views                TEXT,
  family_views                TEXT,
  risks                       TEXT,
  protective_factors          TEXT,
  history_considered          TEXT,
  identity_needs              TEXT,
  analysis                    TEXT,
  next_steps                  TEXT,
  factors                     TEXT[] NOT NULL DEFAULT '{}',
  outcome                     TEXT CHECK (outcome IN ('NO_FURTHER_ACTION', 'CHILD_IN_NEED_PLAN', 'STRATEGY_DISCUSSION',
                                                      'STEP_DOWN_TO_EARLY_HELP', 'LOOKED_AFTER')),
  lead_professional_name      TEXT,
  lead_professional_agency    TEXT,
  third_party_information     TEXT,
  started_at                  TIMESTAMPTZ NOT NULL,
  saved_at                    TIMESTAMPTZ NOT NULL,
  submitted_at                TIMESTAMPTZ,
  submitted_by                UUID,
  authorised_on               DATE,
  authorised_at               TIMESTAMPTZ,
  authorised_by               UUID,
  manager_rationale           TEXT,
  late_reason_code            TEXT,
  late_reason_text            TEXT,
  recorded_at                 TIMESTAMPTZ NOT NULL,
  version                     BIGINT NOT NULL,
  CHECK (started_on >= referral_date),
  CHECK (child_seen_alone_on IS NULL OR child_seen_on IS NOT NULL),
  CHECK (status <> 'AUTHORISED' OR (authorised_on IS NOT NULL AND authorised_on >= started_on AND authorised_by IS NOT NULL
                                    AND authorised_by <> worker_id AND btrim(coalesce(manager_rationale, '')) <> ''
                                    AND outcome IS NOT NULL AND cardinality(factors) > 0)),
  CHECK (status IN ('DRAFT', 'RETURNED') OR NOT ('21' = ANY (factors)) OR cardinality(factors) = 1),
  CHECK (outcome IS DISTINCT FROM 'STEP_DOWN_TO_EARLY_HELP' OR status IN ('DRAFT', 'RETURNED')
         OR (btrim(coalesce(lead_professional_name, '')) <> '' AND btrim(coalesce(lead_professional_agency, '')) <> ''))
);
CREATE INDEX assessment_child_idx ON assessment.assessment (child_id, started_on DESC);
CREATE INDEX assessment_awaiting_idx ON assessment.assessment (team_id) WHERE status = 'SUBMITTED';
CREATE INDEX assessment_worker_idx ON assessment.assessment (worker_id) WHERE status IN ('DRAFT', 'RETURNED');
-- At most one assessment in progress per child.
CREATE UNIQUE INDEX assessment_one_open_per_child ON assessment.assessment (child_id) WHERE status <> 'AUTHORISED';

-- Every submission and every return (with the manager's comment) and the authorisation, kept in order.
CREATE TABLE assessment.review (
  id             UUID PRIMARY KEY,
  assessment_id  UUID NOT NULL REFERENCES assessment.assessment (id),
  action         TEXT NOT NULL CHECK (action IN ('SUBMITTED', 'RETURNED', 'AUTHORISED')),
  comment        TEXT,
  acted_by       UUID NOT NULL,
  acted_at       TIMESTAMPTZ NOT NULL,
  CHECK (action <> 'RETURNED' OR btrim(coalesce(comment, '')) <> '')
);
CREATE INDEX review_assessment_idx ON assessment.review (assessment_id, acted_at);

-- Corrections to an authorised assessment: the section, the corrected text and why, appended.
CREATE TABLE assessment.amendment (
  id              UUID PRIMARY KEY,
  assessment_id   UUID NOT NULL REFERENCES assessment.assessment (id),
  section         TEXT NOT NULL,
  reason          TEXT NOT NULL CHECK (btrim(reason) <> ''),
  corrected_text  TEXT NOT NULL CHECK (btrim(corrected_text) <> ''),
  amended_by      UUID NOT NULL,
  amended_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX amendment_assessment_idx ON assessment.amendment (assessment_id, amended_at);

-- The database's own rule: an authorised assessment's row never changes, nothing is ever deleted.
CREATE FUNCTION assessment.assessment_stays_authorised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Assessments are never deleted';
  END IF;
  IF OLD.status = 'AUTHORISED' THEN
    RAISE EXCEPTION 'An authorised assessment cannot be changed: add an amendment';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER assessment_stays_authorised BEFORE UPDATE OR DELETE ON assessment.assessment
  FOR EACH ROW EXECUTE FUNCTION assessment.assessment_stays_authorised();

CREATE FUNCTION assessment.parts_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Assessment reviews and amendments are never changed or deleted';
END $$;
CREATE TRIGGER review_kept BEFORE UPDATE OR DELETE ON assessment.review
  FOR EACH ROW EXECUTE FUNCTION assessment.parts_kept();
CREATE TRIGGER amendment_kept BEFORE UPDATE OR DELETE ON assessment.amendment
  FOR EACH ROW EXECUTE FUNCTION assessment.parts_kept();

-- The data contract for returns and performance: one row per assessment (CIN census assessment module).
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE VIEW reporting.assessment AS
  SELECT a.id AS assessment_id, a.child_id, a.referral_id, a.referral_date, a.started_on, a.status, a.authorised_on,
         a.factors, a.outcome, a.worker_id, a.team_id, a.child_seen_on, a.child_seen_alone_on
  FROM assessment.assessment a;
