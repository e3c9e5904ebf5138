-- Child protection plans moving between local authorities (issue 6 part 7).
-- Transfer in: a child arriving on another authority's plan gets a transfer-in conference here, chaired like an
-- initial conference, which starts the plan here on its date (CIN census CPPstartDate) with the category; the
-- previous authority and the date the plan started there are kept. The plan held there counts as one previous
-- plan for NumberOfPreviousCPP (the child had a plan before this one), but not for this authority's own
-- "second or subsequent plan" measures, which count plans here only.
-- Transfer out: the plan ends on the date of the receiving authority's transfer-in conference, with the
-- receiving authority named and the step-down TRANSFERRED (the episode can then close with RC5).

CREATE TABLE childprotection.cp_transfer_in (
  id                        UUID PRIMARY KEY,
  child_id                  UUID NOT NULL,
  referral_id               UUID,
  held_on                   DATE NOT NULL,
  chair_id                  UUID,
  category                  TEXT NOT NULL,
  previous_authority        TEXT NOT NULL CHECK (btrim(previous_authority) <> ''),
  previous_plan_started_on  DATE NOT NULL,
  chair_rationale           TEXT NOT NULL CHECK (btrim(chair_rationale) <> ''),
  manager_rationale         TEXT,
  recorded_at               TIMESTAMPTZ NOT NULL,
  recorded_by               UUID,
  CHECK (previous_plan_started_on <= held_on)
);
CREATE INDEX cp_transfer_in_child ON childprotection.cp_transfer_in (child_id, held_on);
CREATE TRIGGER cp_transfer_in_no_delete BEFORE DELETE ON childprotection.cp_transfer_in FOR EACH ROW
  EXECUTE FUNCTION childprotection.refuse_plan_delete();

ALTER TABLE childprotection.cp_plan
  ADD COLUMN transferred_in_from            TEXT,
  ADD COLUMN transferred_in_plan_started_on DATE,
  ADD COLUMN transferred_to                 TEXT,
  ADD COLUMN transferred_to_conference_on   DATE,
  DROP CONSTRAINT cp_plan_step_down_check,
  ADD CONSTRAINT cp_plan_step_down_check CHECK (step_down IN ('CIN_PLAN', 'EARLY_HELP', 'NONE', 'TRANSFERRED')),
  ADD CONSTRAINT cp_plan_transferred_in CHECK ((transferred_in_from IS NULL) = (transferred_in_plan_started_on IS NULL)
                                               AND (transferred_in_plan_started_on IS NULL OR transferred_in_plan_started_on <= started_on)),
  ADD CONSTRAINT cp_plan_transferred_out CHECK ((step_down IS NOT DISTINCT FROM 'TRANSFERRED') = (transferred_to IS NOT NULL)
                                                AND (transferred_to IS NULL) = (transferred_to_conference_on IS NULL)
                                                AND (transferred_to_conference_on IS NULL OR transferred_to_conference_on = ended_on));

-- The data contract keeps its columns in order; the transfers are added at the end.
CREATE OR REPLACE VIEW reporting.cp_plan AS
SELECT p.id AS cp_plan_id, p.child_id, p.referral_id, p.conference_id, p.started_on AS start_date, p.ended_on AS end_date,
       p.initial_category, p.latest_category, p.previous_plans, p.end_reason, p.step_down,
       (coalesce(p.ended_on, current_date) >= (p.started_on + INTERVAL '2 years')::date) AS lasted_two_years_or_more,
       EXISTS (SELECT 1 FROM childprotection.cp_plan e WHERE e.child_id = p.child_id AND e.started_on < p.started_on) AS second_or_subsequent,
       EXISTS (SELECT 1 FROM childprotection.cp_plan e WHERE e.child_id = p.child_id AND e.started_on < p.started_on
               AND e.ended_on IS NOT NULL AND e.ended_on >= (p.started_on - INTERVAL '2 years')::date) AS subsequent_within_two_years,
       p.transferred_in_from, p.transferred_in_plan_started_on, p.transferred_to, p.transferred_to_conference_on
FROM childprotection.cp_plan p;
