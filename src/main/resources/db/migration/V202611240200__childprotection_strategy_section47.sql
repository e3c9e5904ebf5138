-- Child protection (first part): strategy discussions and section 47 enquiries.
-- A strategy discussion (or meeting) is recorded once, with who took part from which agency, what
-- each shared, the decision and the actions agreed; it never changes afterwards except to note the
-- enquiry it initiated. A section 47 enquiry starts only from a discussion that decided one; its
-- steps (visits, checks with agencies, interviews) are appended in sequence by the lead worker and
-- co-workers and never edited (a step recorded in error is voided with a reason). Its outcome is
-- signed off by a manager; an outcome needing no conference ends the T5 clock (ICPCnotRequired).
CREATE SCHEMA IF NOT EXISTS childprotection;

CREATE TABLE childprotection.strategy_discussion (
  id                    UUID PRIMARY KEY,
  child_id              UUID NOT NULL,
  referral_id           UUID NOT NULL,
  held_at               TIMESTAMP NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('DISCUSSION', 'MEETING')),
  chaired_by            TEXT NOT NULL CHECK (btrim(chaired_by) <> ''),
  section47             BOOLEAN NOT NULL,
  joint_enquiry         BOOLEAN NOT NULL DEFAULT FALSE,
  decision_reason       TEXT NOT NULL CHECK (btrim(decision_reason) <> ''),
  initiated_enquiry_id  UUID,
  recorded_by           UUID NOT NULL,
  recorded_at           TIMESTAMPTZ NOT NULL,
  version               BIGINT NOT NULL DEFAULT 0,
  CHECK (section47 OR NOT joint_enquiry),
  CHECK (section47 OR initiated_enquiry_id IS NULL)
);
CREATE INDEX strategy_discussion_child_idx ON childprotection.strategy_discussion (child_id, held_at DESC);

CREATE TABLE childprotection.strategy_participant (
  id                  UUID PRIMARY KEY,
  discussion_id       UUID NOT NULL REFERENCES childprotection.strategy_discussion (id),
  position            INT NOT NULL,
  agency              TEXT NOT NULL,
  name                TEXT NOT NULL CHECK (btrim(name) <> ''),
  role                TEXT,
  attendance          TEXT NOT NULL CHECK (attendance IN ('ATTENDED', 'SENT_INFORMATION', 'DID_NOT_ATTEND')),
  information_shared  TEXT,
  CHECK (attendance <> 'ATTENDED' OR btrim(coalesce(information_shared, '')) <> ''),
  UNIQUE (discussion_id, position)
);

CREATE TABLE childprotection.strategy_action (
  id             UUID PRIMARY KEY,
  discussion_id  UUID NOT NULL REFERENCES childprotection.strategy_discussion (id),
  position       INT NOT NULL,
  action         TEXT NOT NULL CHECK (btrim(action) <> ''),
  owner_name     TEXT NOT NULL CHECK (btrim(owner_name) <> ''),
  owner_agency   TEXT NOT NULL,
  due_on         DATE NOT NULL,
  UNIQUE (discussion_id, position)
);

CREATE TABLE childprotection.section47_enquiry (
  id                          UUID PRIMARY KEY,
  child_id                    UUID NOT NULL,
  referral_id                 UUID NOT NULL,
  strategy_discussion_id      UUID NOT NULL UNIQUE REFERENCES childprotection.strategy_discussion (id),
  started_on                  DATE NOT NULL,
  joint_enquiry               BOOLEAN NOT NULL,
  lead_worker_id              UUID NOT NULL,
  lead_team_id                UUID,
  status                      TEXT NOT NULL CHECK (status IN ('OPEN', 'AWAITING_SIGN_OFF', 'CONCLUDED')),
  t5_clock_id                 UUID NOT NULL,
  initial_conference_due      DATE NOT NULL,
  outcome                     TEXT CHECK (outcome IN ('NOT_SUBSTANTIATED', 'SUBSTANTIATED_NO_CONFERENCE',
                                                      'SUBSTANTIATED_CONFERENCE_NEEDED', 'LIKELY_TO_SUFFER_HARM')),
  outcome_summary             TEXT,
  concluded_on                DATE,
  outcome_recorded_by         UUID,
  outcome_recorded_at         TIMESTAMPTZ,
  manager_rationale           TEXT,
  signed_off_by               UUID,
  signed_off_at               TIMESTAMPTZ,
  icpc_not_required           BOOLEAN,
  date_of_initial_conference  DATE,
  created_by                  UUID NOT NULL,
  created_at                  TIMESTAMPTZ NOT NULL,
  version                     BIGINT NOT NULL DEFAULT 0,
  CHECK (status = 'OPEN' OR (outcome IS NOT NULL AND concluded_on IS NOT NULL AND outcome_recorded_by IS NOT NULL)),
  CHECK (status <> 'CONCLUDED' OR (signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL AND icpc_not_required IS NOT NULL
                                   AND length(btrim(coalesce(manager_rationale, ''))) >= 20)),
  CHECK (concluded_on IS NULL OR concluded_on >= started_on)
);
-- one enquiry in progress per child at a time
CREATE UNIQUE INDEX section47_enquiry_one_open_idx ON childprotection.section47_enquiry (child_id) WHERE status <> 'CONCLUDED';
CREATE INDEX section47_enquiry_child_idx ON childprotection.section47_enquiry (child_id, started_on DESC);
CREATE INDEX section47_enquiry_lead_idx ON childprotection.section47_enquiry (lead_worker_id) WHERE status <> 'CONCLUDED';
CREATE INDEX section47_enquiry_team_idx ON childprotection.section47_enquiry (lead_team_id) WHERE status <> 'CONCLUDED';

CREATE TABLE childprotection.section47_step (
  id                UUID PRIMARY KEY,
  enquiry_id        UUID NOT NULL REFERENCES childprotection.section47_enquiry (id),
  sequence          INT NOT NULL,
  occurred_at       TIMESTAMP NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('VISIT', 'AGENCY_CHECK', 'INTERVIEW', 'MEDICAL', 'OTHER')),
  agency            TEXT,
  check_done        BOOLEAN,
  detail            TEXT NOT NULL CHECK (btrim(detail) <> ''),
  child_seen        BOOLEAN NOT NULL DEFAULT FALSE,
  child_seen_alone  BOOLEAN NOT NULL DEFAULT FALSE,
  recorded_by       UUID NOT NULL,
  recorded_team_id  UUID,
  recorded_at       TIMESTAMPTZ NOT NULL,
  voided_by         UUID,
  voided_at         TIMESTAMPTZ,
  void_reason       TEXT,
  UNIQUE (enquiry_id, sequence),
  CHECK (kind <> 'AGENCY_CHECK' OR (agency IS NOT NULL AND check_done IS NOT NULL)),
  CHECK (NOT child_seen_alone OR child_seen),
  CHECK (voided_at IS NULL OR btrim(coalesce(void_reason, '')) <> '')
);

CREATE TABLE childprotection.section47_coworker (
  id              UUID PRIMARY KEY,
  enquiry_id      UUID NOT NULL REFERENCES childprotection.section47_enquiry (id),
  staff_id        UUID NOT NULL,
  team_id         UUID,
  reason          TEXT NOT NULL CHECK (btrim(reason) <> ''),
  added_by        UUID NOT NULL,
  added_at        TIMESTAMPTZ NOT NULL,
  removed_by      UUID,
  removed_at      TIMESTAMPTZ,
  removal_reason  TEXT
);
CREATE UNIQUE INDEX section47_coworker_current_idx ON childprotection.section47_coworker (enquiry_id, staff_id) WHERE removed_at IS NULL;
CREATE INDEX section47_coworker_staff_idx ON childprotection.section47_coworker (staff_id) WHERE removed_at IS NULL;
CREATE INDEX section47_coworker_team_idx ON childprotection.section47_coworker (team_id) WHERE removed_at IS NULL;

CREATE TABLE childprotection.section47_oversight (
  id           UUID PRIMARY KEY,
  enquiry_id   UUID NOT NULL REFERENCES childprotection.section47_enquiry (id),
  manager_id   UUID NOT NULL,
  team_id      UUID,
  note         TEXT NOT NULL CHECK (btrim(note) <> ''),
  recorded_at  TIMESTAMPTZ NOT NULL
);

-- The record is a legal document: discussions change only to note the enquiry they initiated; steps
-- only to be voided; nothing is deleted; a signed-off enquiry changes only when its conference is held.
CREATE FUNCTION childprotection.discussion_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Strategy discussions are never deleted';
  END IF;
  IF (OLD.child_id, OLD.referral_id, OLD.held_at, OLD.kind, OLD.chaired_by, OLD.section47, OLD.joint_enquiry, OLD.decision_reason,
      OLD.recorded_by, OLD.recorded_at)
     IS DISTINCT FROM (NEW.child_id, NEW.referral_id, NEW.held_at, NEW.kind, NEW.chaired_by, NEW.section47, NEW.joint_enquiry,
      NEW.decision_reason, NEW.recorded_by, NEW.recorded_at)
     OR (OLD.initiated_enquiry_id IS NOT NULL AND OLD.initiated_enquiry_id IS DISTINCT FROM NEW.initiated_enquiry_id) THEN
    RAISE EXCEPTION 'A recorded strategy discussion cannot be changed';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER strategy_discussion_kept BEFORE UPDATE OR DELETE ON childprotection.strategy_discussion
  FOR EACH ROW EXECUTE FUNCTION childprotection.discussion_kept();

CREATE FUNCTION childprotection.parts_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Participants, actions and oversight notes of child protection records are never changed or deleted';
END $$;
CREATE TRIGGER strategy_participant_kept BEFORE UPDATE OR DELETE ON childprotection.strategy_participant
  FOR EACH ROW EXECUTE FUNCTION childprotection.parts_kept();
CREATE TRIGGER strategy_action_kept BEFORE UPDATE OR DELETE ON childprotection.strategy_action
  FOR EACH ROW EXECUTE FUNCTION childprotection.parts_kept();
CREATE TRIGGER section47_oversight_kept BEFORE UPDATE OR DELETE ON childprotection.section47_oversight
  FOR EACH ROW EXECUTE FUNCTION childprotection.parts_kept();

CREATE FUNCTION childprotection.step_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Enquiry steps are never deleted: void one with a reason';
  END IF;
  IF OLD.voided_at IS NOT NULL
     OR (OLD.enquiry_id, OLD.sequence, OLD.occurred_at, OLD.kind, OLD.agency, OLD.check_done, OLD.detail, OLD.child_seen,
         OLD.child_seen_alone, OLD.recorded_by, OLD.recorded_team_id, OLD.recorded_at)
        IS DISTINCT FROM (NEW.enquiry_id, NEW.sequence, NEW.occurred_at, NEW.kind, NEW.agency, NEW.check_done, NEW.detail, NEW.child_seen,
         NEW.child_seen_alone, NEW.recorded_by, NEW.recorded_team_id, NEW.recorded_at) THEN
    RAISE EXCEPTION 'A recorded enquiry step cannot be changed, only voided with a reason';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER section47_step_kept BEFORE UPDATE OR DELETE ON childprotection.section47_step
  FOR EACH ROW EXECUTE FUNCTION childprotection.step_kept();

CREATE FUNCTION childprotection.enquiry_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Section 47 enquiries are never deleted';
  END IF;
  IF OLD.status = 'CONCLUDED'
     AND ((OLD.child_id, OLD.referral_id, OLD.strategy_discussion_id, OLD.started_on, OLD.outcome, OLD.outcome_summary, OLD.concluded_on,
           OLD.manager_rationale, OLD.signed_off_by, OLD.signed_off_at, OLD.icpc_not_required, OLD.initial_conference_due, OLD.status)
          IS DISTINCT FROM (NEW.child_id, NEW.referral_id, NEW.strategy_discussion_id, NEW.started_on, NEW.outcome, NEW.outcome_summary,
           NEW.concluded_on, NEW.manager_rationale, NEW.signed_off_by, NEW.signed_off_at, NEW.icpc_not_required,
           NEW.initial_conference_due, NEW.status)) THEN
    RAISE EXCEPTION 'A signed-off section 47 enquiry cannot be changed';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER section47_enquiry_kept BEFORE UPDATE OR DELETE ON childprotection.section47_enquiry
  FOR EACH ROW EXECUTE FUNCTION childprotection.enquiry_kept();

-- The data contract for returns and performance (CIN census module 5: section 47 and ICPC).
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.strategy_discussion AS
SELECT d.id AS discussion_id, d.child_id, d.referral_id, d.held_at, d.held_at::date AS held_on, d.kind, d.section47, d.joint_enquiry,
       d.initiated_enquiry_id
FROM childprotection.strategy_discussion d;

-- S47ActualStartDate = started_on; InitialCPCtarget = initial_conference_due; DateOfInitialCPC = date_of_initial_conference;
-- ICPCnotRequired = icpc_not_required (true only once a no-conference outcome is signed off).
CREATE VIEW reporting.section47 AS
SELECT e.id AS enquiry_id, e.child_id, e.referral_id, e.strategy_discussion_id, d.held_at AS discussion_held_at, e.started_on,
       e.initial_conference_due, e.date_of_initial_conference, coalesce(e.icpc_not_required, FALSE) AS icpc_not_required, e.outcome,
       CASE WHEN e.status = 'CONCLUDED' THEN e.concluded_on END AS concluded_on, e.status, e.joint_enquiry, e.lead_worker_id,
       e.lead_team_id
FROM childprotection.section47_enquiry e
JOIN childprotection.strategy_discussion d ON d.id = e.strategy_discussion_id;
