-- The board at the scale of a large authority with years of history (issue 7).
--
-- 1. Working days between two dates by joining the calendar's numbered days, not by calling
--    calendar.working_days_between once per item: the same figure (day n of the later date less
--    day n of the earlier), but the planner hashes the calendar once instead of two look-ups an
--    item, which over a year-to-date of assessments or T2 clocks was most of the board's time.
-- 2. Measures over the same items share one item query, so the board counts them in one statement:
--    T2 in time with T2's median days; conversion to referral with the three outcome splits.
--    Their figures are unchanged (the fixed-cohort tests check them); only the category column of
--    the shared items is the one the breakdown shows for each.

UPDATE performance.measure SET item_sql = $$SELECT a.assessment_id AS item_id, a.child_id, a.team_id, a.worker_id, coalesce(a.outcome, 'Assessment') AS label,
          a.authorised_on AS event_on, a.outcome AS category, (we.n - ws.n)::numeric AS value
     FROM reporting.assessment a LEFT JOIN reporting.referral r ON r.referral_id = a.referral_id
     LEFT JOIN calendar.working_day_number ws ON ws.day = coalesce(r.referral_date, a.started_on)
     LEFT JOIN calendar.working_day_number we ON we.day = a.authorised_on
    WHERE a.authorised_on BETWEEN :from AND :to AND a.authorised_on <= :asAt$$, version = version + 1
WHERE id IN ('ASSESSMENTS_IN_TIME', 'ASSESSMENT_MEDIAN_DAYS');

UPDATE performance.measure SET item_sql = $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, CASE WHEN k.stopped_on <= k.due_on THEN 'In time' ELSE 'Late' END AS category,
          (we.n - ws.n)::numeric AS value, k.stopped_on <= k.due_on AS in_time
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
     LEFT JOIN calendar.working_day_number ws ON ws.day = k.started_on
     LEFT JOIN calendar.working_day_number we ON we.day = k.stopped_on
    WHERE k.rule_id = 'T2' AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$, version = version + 1
WHERE id IN ('T2_IN_TIME', 'T2_MEDIAN_DAYS');

UPDATE performance.measure SET item_sql = $$SELECT c.conference_id AS item_id, c.child_id, s.lead_team_id AS team_id, s.lead_worker_id AS worker_id,
          'Initial conference' AS label, c.held_on AS event_on,
          CASE WHEN we.n - ws.n <= 15 THEN 'In time' ELSE 'Late' END AS category,
          (we.n - ws.n)::numeric AS value
     FROM reporting.conference c JOIN reporting.section47 s ON s.enquiry_id = c.enquiry_id
     LEFT JOIN calendar.working_day_number ws ON ws.day = s.discussion_held_at::date
     LEFT JOIN calendar.working_day_number we ON we.day = c.held_on
    WHERE c.kind = 'INITIAL' AND c.held_on BETWEEN :from AND :to AND c.held_on <= :asAt AND c.held_on >= s.discussion_held_at::date$$,
    version = version + 1
WHERE id = 'ICPC_IN_TIME';

UPDATE performance.measure SET item_sql = $$SELECT c.contact_id AS item_id, c.child_id, s.team_id, c.decided_by AS worker_id, c.reference AS label,
          c.decided_on AS event_on, c.decision AS category, NULL::numeric AS value, c.decision, c.became_referral
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = c.decided_by
    WHERE c.decided_on BETWEEN :from AND :to AND c.decided_on <= :asAt$$, version = version + 1
WHERE id IN ('FD_CONVERSION', 'FD_OUTCOME_ADVICE', 'FD_OUTCOME_EARLY_HELP', 'FD_OUTCOME_NFA');
