-- Child protection plans (issue 6 parts 6-7): the plan started by an initial conference, its core group
-- members and meetings, its review conferences and its end (with the step-down). The SMART outcomes and
-- actions live in planning.plan (plan_id); progress per action is recorded there.

CREATE TABLE childprotection.cp_plan (
  id               UUID PRIMARY KEY,
  child_id         UUID NOT NULL,
  referral_id      UUID,
  conference_id    UUID NOT NULL UNIQUE,
  plan_id          UUID NOT NULL,
  started_on       DATE NOT NULL,
  initial_category TEXT NOT NULL,
  latest_category  TEXT NOT NULL,
  previous_plans   INTEGER NOT NULL DEFAULT 0 CHECK (previous_plans >= 0),
  ended_on         DATE,
  end_reason       TEXT,
  step_down        TEXT CHECK (step_down IN ('CIN_PLAN', 'EARLY_HELP', 'NONE')),
  lead_professional_name   TEXT,
  lead_professional_agency TEXT,
  started_at       TIMESTAMPTZ NOT NULL,
  started_by       UUID,
  ended_at         TIMESTAMPTZ,
  ended_by         UUID,
  version          BIGINT NOT NULL DEFAULT 0,
  CHECK (ended_on IS NULL OR ended_on >= started_on),
  CHECK ((ended_on IS NULL) = (end_reason IS NULL) AND (ended_on IS NULL) = (step_down IS NULL)),
  CHECK (step_down IS DISTINCT FROM 'EARLY_HELP' OR (lead_professional_name IS NOT NULL AND lead_professional_agency IS NOT NULL))
);
CREATE UNIQUE INDEX cp_plan_one_open_per_child ON childprotection.cp_plan (child_id) WHERE ended_on IS NULL;
CREATE INDEX cp_plan_child ON childprotection.cp_plan (child_id, started_on);

CREATE TABLE childprotection.core_group_member (
  id          UUID PRIMARY KEY,
  cp_plan_id  UUID NOT NULL REFERENCES childprotection.cp_plan (id),
  name        TEXT NOT NULL,
  agency_role TEXT NOT NULL,
  person_id   UUID,
  staff_id    UUID,
  added_on    DATE NOT NULL,
  left_on     DATE,
  added_at    TIMESTAMPTZ NOT NULL,
  added_by    UUID
);
CREATE INDEX core_group_member_plan ON childprotection.core_group_member (cp_plan_id);

CREATE TABLE childprotection.core_group_meeting (
  id          UUID PRIMARY KEY,
  cp_plan_id  UUID NOT NULL REFERENCES childprotection.cp_plan (id),
  held_on     DATE NOT NULL,
  attendees   TEXT NOT NULL,
  summary     TEXT NOT NULL,
  actions_reviewed INTEGER NOT NULL DEFAULT 0,
  late_reason TEXT,
  recorded_at TIMESTAMPTZ NOT NULL,
  recorded_by UUID
);
CREATE INDEX core_group_meeting_plan ON childprotection.core_group_meeting (cp_plan_id, held_on);

CREATE TABLE childprotection.cp_review (
  id           UUID PRIMARY KEY,
  cp_plan_id   UUID NOT NULL REFERENCES childprotection.cp_plan (id),
  held_on      DATE NOT NULL,
  decision     TEXT NOT NULL CHECK (decision IN ('CONTINUE', 'END')),
  category_from TEXT,
  category_to   TEXT,
  chair_id     UUID,
  summary      TEXT NOT NULL,
  late_reason  TEXT,
  recorded_at  TIMESTAMPTZ NOT NULL,
  recorded_by  UUID
);
CREATE INDEX cp_review_plan ON childprotection.cp_review (cp_plan_id, held_on);

CREATE FUNCTION childprotection.refuse_plan_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Child protection plans and their records are never deleted (%)', TG_TABLE_NAME;
END $$;
CREATE TRIGGER cp_plan_no_delete BEFORE DELETE ON childprotection.cp_plan FOR EACH ROW EXECUTE FUNCTION childprotection.refuse_plan_delete();
CREATE TRIGGER core_group_member_no_delete BEFORE DELETE ON childprotection.core_group_member FOR EACH ROW
  EXECUTE FUNCTION childprotection.refuse_plan_delete();
CREATE TRIGGER core_group_meeting_no_delete BEFORE DELETE ON childprotection.core_group_meeting FOR EACH ROW
  EXECUTE FUNCTION childprotection.refuse_plan_delete();
CREATE TRIGGER cp_review_no_delete BEFORE DELETE ON childprotection.cp_review FOR EACH ROW
  EXECUTE FUNCTION childprotection.refuse_plan_delete();

-- The data contract for the CIN census (ChildProtectionPlans: CPPstartDate, CPPendDate, InitialCategoryOfAbuse,
-- LatestCategoryOfAbuse, NumberOfPreviousCPP; CPPreviews: CPPreviewDate) and performance.
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.cp_plan AS
SELECT p.id AS cp_plan_id, p.child_id, p.referral_id, p.conference_id, p.started_on AS start_date, p.ended_on AS end_date,
       p.initial_category, p.latest_category, p.previous_plans, p.end_reason, p.step_down,
       (coalesce(p.ended_on, current_date) >= (p.started_on + INTERVAL '2 years')::date) AS lasted_two_years_or_more,
       EXISTS (SELECT 1 FROM childprotection.cp_plan e WHERE e.child_id = p.child_id AND e.started_on < p.started_on) AS second_or_subsequent,
       EXISTS (SELECT 1 FROM childprotection.cp_plan e WHERE e.child_id = p.child_id AND e.started_on < p.started_on
               AND e.ended_on IS NOT NULL AND e.ended_on >= (p.started_on - INTERVAL '2 years')::date) AS subsequent_within_two_years
FROM childprotection.cp_plan p;

CREATE VIEW reporting.cp_review AS
SELECT r.id AS review_id, r.cp_plan_id, p.child_id, r.held_on AS review_date, r.decision, r.category_from, r.category_to, r.chair_id
FROM childprotection.cp_review r JOIN childprotection.cp_plan p ON p.id = r.cp_plan_id;

CREATE VIEW reporting.core_group AS
SELECT m.id AS meeting_id, m.cp_plan_id, p.child_id, m.held_on, m.actions_reviewed,
       (SELECT count(*) FROM childprotection.core_group_member g WHERE g.cp_plan_id = m.cp_plan_id AND g.added_on <= m.held_on
        AND (g.left_on IS NULL OR g.left_on > m.held_on)) AS members
FROM childprotection.core_group_meeting m JOIN childprotection.cp_plan p ON p.id = m.cp_plan_id;
