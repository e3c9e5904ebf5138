-- The two-year flag without "today" inside the view: a past "as at" scorecard must not depend on the day it is
-- run. two_year_date (the plan's start plus two years: the day it has lasted two years) is added at the end, and
-- measures compare it with their own period end or as-at day. lasted_two_years_or_more keeps its place and name
-- but is now the stable fact of an ended plan: it ended after lasting two years or more (false while the plan
-- runs; whether a running plan has lasted two years by a given day is two_year_date <= that day).
CREATE OR REPLACE VIEW reporting.cp_plan AS
SELECT p.id AS cp_plan_id, p.child_id, p.referral_id, p.conference_id, p.started_on AS start_date, p.ended_on AS end_date,
       p.initial_category, p.latest_category, p.previous_plans, p.end_reason, p.step_down,
       (p.ended_on IS NOT NULL AND p.ended_on >= (p.started_on + INTERVAL '2 years')::date) AS lasted_two_years_or_more,
       EXISTS (SELECT 1 FROM childprotection.cp_plan e WHERE e.child_id = p.child_id AND e.started_on < p.started_on) AS second_or_subsequent,
       EXISTS (SELECT 1 FROM childprotection.cp_plan e WHERE e.child_id = p.child_id AND e.started_on < p.started_on
               AND e.ended_on IS NOT NULL AND e.ended_on >= (p.started_on - INTERVAL '2 years')::date) AS subsequent_within_two_years,
       p.transferred_in_from, p.transferred_in_plan_started_on, p.transferred_to, p.transferred_to_conference_on,
       (p.started_on + INTERVAL '2 years')::date AS two_year_date
FROM childprotection.cp_plan p;
