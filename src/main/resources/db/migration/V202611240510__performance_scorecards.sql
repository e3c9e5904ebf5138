-- Performance (issue 7), an oversight module: it reads the practice modules' reporting views only.
--
-- A measure is data. Its item_sql lists the items behind it (one row per contact, referral, clock,
-- authorisation...) for a period, over reporting.* views only, with the named parameters :from and
-- :to (the period, inclusive UK dates) and :asAt (the day the figures are as at: nothing recorded
-- after it counts). Every item row has the columns
--   item_id UUID, child_id UUID, team_id UUID, worker_id UUID, label TEXT, event_on DATE,
--   category TEXT, value NUMERIC
-- and any others its numerator_sql and denominator_sql (SQL conditions over those columns) need.
-- The engine (performance.Scorecards) counts the rows meeting each condition for a level (authority,
-- service, team, worker, child) in one query; the drill-down is the same rows, so the list behind a
-- number always adds up to it. unit PERCENT = 100 x numerator / denominator; COUNT = numerator;
-- MEDIAN_DAYS = median of value over the numerator rows.
CREATE SCHEMA performance;

CREATE TABLE performance.measure (
  id                  TEXT PRIMARY KEY,
  ordinal             INT NOT NULL,
  area                TEXT NOT NULL,
  title               TEXT NOT NULL,
  definition          TEXT NOT NULL,
  item_sql            TEXT NOT NULL,
  numerator_sql       TEXT NOT NULL DEFAULT 'TRUE',
  denominator_sql     TEXT NOT NULL DEFAULT 'TRUE',
  unit                TEXT NOT NULL CHECK (unit IN ('PERCENT', 'COUNT', 'MEDIAN_DAYS')),
  polarity            TEXT NOT NULL CHECK (polarity IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
  target              NUMERIC,
  amber_tolerance     NUMERIC NOT NULL DEFAULT 0 CHECK (amber_tolerance >= 0),
  period_type         TEXT NOT NULL CHECK (period_type IN ('MONTH', 'QUARTER', 'YEAR', 'ROLLING_12_MONTHS', 'SNAPSHOT')),
  national_comparator NUMERIC,
  comparator_note     TEXT,
  source_note         TEXT NOT NULL,
  item_noun           TEXT NOT NULL DEFAULT 'children',
  retired             BOOLEAN NOT NULL DEFAULT FALSE,
  version             BIGINT NOT NULL DEFAULT 0
);

-- Common item columns for the front door: the team and worker are those of the member of staff who
-- decided the contact (or is screening it).
INSERT INTO performance.measure (id, ordinal, area, title, definition, item_sql, numerator_sql, denominator_sql, unit, polarity,
                                 target, amber_tolerance, period_type, national_comparator, comparator_note, source_note, item_noun) VALUES
('FD_CONTACTS', 10, 'Front door', 'Contacts received',
 'Contacts received at the front door in the period, by referral source.',
 $$SELECT c.contact_id AS item_id, c.child_id, s.team_id, coalesce(c.decided_by, c.screener_id) AS worker_id, c.reference AS label,
          c.received_on AS event_on, c.source AS category, NULL::numeric AS value
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = coalesce(c.decided_by, c.screener_id)
    WHERE c.received_on BETWEEN :from AND :to AND c.received_on <= :asAt$$,
 'TRUE', 'TRUE', 'COUNT', 'HIGHER_IS_BETTER', NULL, 0, 'MONTH', NULL, NULL,
 'Annex A list 1 (contacts); practice reference section 3', 'contacts'),

('FD_CONVERSION', 20, 'Front door', 'Contacts that became referrals',
 'Of the contacts decided in the period, the percentage decided as a referral to children''s social care (for assessment or a strategy discussion).',
 $$SELECT c.contact_id AS item_id, c.child_id, s.team_id, c.decided_by AS worker_id, c.reference AS label,
          c.decided_on AS event_on, c.decision AS category, NULL::numeric AS value, c.became_referral
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = c.decided_by
    WHERE c.decided_on BETWEEN :from AND :to AND c.decided_on <= :asAt$$,
 'became_referral', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', NULL, 0, 'MONTH', 29, 'About 3.5 contacts per referral in England (ADCS, 2013-14): no DfE figure',
 'Practice reference section 3: contact to referral conversion (local; Annex A list 1 against list 3)', 'contacts'),

('FD_DECIDED_IN_TIME', 30, 'Front door', 'Contacts decided within one working day (T1a)',
 'Of the contacts decided in the period, the percentage decided by the T1a due date (one working day after receipt by default; the start day is day 0).',
 $$SELECT c.contact_id AS item_id, c.child_id, s.team_id, c.decided_by AS worker_id, c.reference AS label,
          c.decided_on AS event_on, CASE WHEN c.decided_on <= c.decision_due_on THEN 'In time' ELSE 'Late' END AS category,
          (c.decided_on - c.received_on)::numeric AS value, c.decided_on <= c.decision_due_on AS in_time
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = c.decided_by
    WHERE c.decided_on BETWEEN :from AND :to AND c.decided_on <= :asAt$$,
 'in_time', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 90, 5, 'MONTH', NULL, NULL,
 'Timescale T1a (local front-door standard), practice reference section 1', 'contacts'),

('FD_OUTCOME_NFA', 40, 'Front door', 'Contacts decided: no further action',
 'Of the contacts decided in the period, the percentage decided as no further action (the outcome split by decision is shown with the measure).',
 $$SELECT c.contact_id AS item_id, c.child_id, s.team_id, c.decided_by AS worker_id, c.reference AS label,
          c.decided_on AS event_on, c.decision AS category, NULL::numeric AS value, c.decision
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = c.decided_by
    WHERE c.decided_on BETWEEN :from AND :to AND c.decided_on <= :asAt$$,
 $$decision = 'NO_FURTHER_ACTION'$$, 'TRUE', 'PERCENT', 'LOWER_IS_BETTER', NULL, 0, 'MONTH', NULL, NULL,
 'Front-door outcome split (local; Annex A list 1)', 'contacts'),

('FD_OUTCOME_EARLY_HELP', 41, 'Front door', 'Contacts decided: early help',
 'Of the contacts decided in the period, the percentage stepped to early help.',
 $$SELECT c.contact_id AS item_id, c.child_id, s.team_id, c.decided_by AS worker_id, c.reference AS label,
          c.decided_on AS event_on, c.decision AS category, NULL::numeric AS value, c.decision
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = c.decided_by
    WHERE c.decided_on BETWEEN :from AND :to AND c.decided_on <= :asAt$$,
 $$decision = 'EARLY_HELP'$$, 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', NULL, 0, 'MONTH', NULL, NULL,
 'Front-door outcome split (local; Annex A list 1 and list 2)', 'contacts'),

('FD_OUTCOME_ADVICE', 42, 'Front door', 'Contacts decided: information, advice or signposting',
 'Of the contacts decided in the period, the percentage closed with information and advice or a signpost to universal services.',
 $$SELECT c.contact_id AS item_id, c.child_id, s.team_id, c.decided_by AS worker_id, c.reference AS label,
          c.decided_on AS event_on, c.decision AS category, NULL::numeric AS value, c.decision
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = c.decided_by
    WHERE c.decided_on BETWEEN :from AND :to AND c.decided_on <= :asAt$$,
 $$decision IN ('INFORMATION_AND_ADVICE', 'SIGNPOST_UNIVERSAL')$$, 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', NULL, 0, 'MONTH', NULL, NULL,
 'Front-door outcome split (local; Annex A list 1)', 'contacts'),

-- Referrals: the team and worker holding the child's case (lead allocation) on the as-at day.
('FD_REFERRALS', 50, 'Front door', 'Referrals',
 'Referrals to children''s social care in the period (contacts accepted for an assessment or a strategy discussion).',
 $$SELECT r.referral_id AS item_id, r.child_id, a.team_id, a.worker_id, r.source AS label,
          r.referral_date AS event_on, r.route AS category, NULL::numeric AS value
     FROM reporting.referral r
     LEFT JOIN reporting.allocation a ON a.child_id = r.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE r.referral_date BETWEEN :from AND :to AND r.referral_date <= :asAt$$,
 'TRUE', 'TRUE', 'COUNT', 'HIGHER_IS_BETTER', NULL, 0, 'MONTH', NULL, NULL,
 'CIN census referrals (CINreferralDate); Annex A list 3', 'referrals'),

('FD_RE_REFERRALS', 60, 'Front door', 'Re-referrals within 12 months',
 'Of the referrals in the period, the percentage where the same child had a previous referral within the 12 months before (each referral counted).',
 $$SELECT r.referral_id AS item_id, r.child_id, a.team_id, a.worker_id, r.source AS label,
          r.referral_date AS event_on, CASE WHEN r.re_referral THEN 'Re-referral' ELSE 'First in 12 months' END AS category,
          NULL::numeric AS value, r.re_referral
     FROM reporting.referral r
     LEFT JOIN reporting.allocation a ON a.child_id = r.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE r.referral_date BETWEEN :from AND :to AND r.referral_date <= :asAt$$,
 're_referral', 'TRUE', 'PERCENT', 'LOWER_IS_BETTER', 22.6, 2, 'YEAR', 22.6, 'England 2025: 142,900 of 632,830 referrals (DfE CIN C1)',
 'DfE C1 re-referral rate; practice reference section 3', 'referrals'),

-- Sign-off: casework's authorisations awaiting a manager, and the front door's decisions awaiting a
-- manager's agreement, as they stood on the as-at day. value = age in days.
('AUTH_WAITING', 70, 'Management oversight', 'Items awaiting a manager''s sign-off',
 'Items awaiting authorisation on the day (from every module, and front-door decisions awaiting a manager''s agreement), with their age.',
 $$SELECT a.authorisation_id AS item_id, a.child_id, a.team_id, a.requested_by AS worker_id, a.summary AS label,
          a.requested_on AS event_on, a.kind AS category, (:asAt - a.requested_on)::numeric AS value
     FROM reporting.authorisation a
    WHERE a.requested_on <= :asAt AND (a.decided_on IS NULL OR a.decided_on > :asAt)
   UNION ALL
   SELECT c.contact_id, c.child_id, s.team_id, c.decided_by, 'Front-door decision ' || c.reference,
          c.decided_on, 'FRONT_DOOR_DECISION', (:asAt - c.decided_on)::numeric
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = c.decided_by
    WHERE c.decided_on <= :asAt AND (c.status = 'AWAITING_AUTHORISATION' OR c.authorised_on > :asAt)$$,
 'TRUE', 'TRUE', 'COUNT', 'LOWER_IS_BETTER', NULL, 0, 'SNAPSHOT', NULL, NULL,
 'Management oversight (Working Together 2023; local)', 'items'),

('AUTH_WAITING_AGE', 71, 'Management oversight', 'Median age of items awaiting sign-off',
 'The median number of calendar days the items awaiting authorisation on the day had been waiting.',
 $$SELECT a.authorisation_id AS item_id, a.child_id, a.team_id, a.requested_by AS worker_id, a.summary AS label,
          a.requested_on AS event_on, a.kind AS category, (:asAt - a.requested_on)::numeric AS value
     FROM reporting.authorisation a
    WHERE a.requested_on <= :asAt AND (a.decided_on IS NULL OR a.decided_on > :asAt)
   UNION ALL
   SELECT c.contact_id, c.child_id, s.team_id, c.decided_by, 'Front-door decision ' || c.reference,
          c.decided_on, 'FRONT_DOOR_DECISION', (:asAt - c.decided_on)::numeric
     FROM reporting.contact c LEFT JOIN reporting.staff s ON s.staff_id = c.decided_by
    WHERE c.decided_on <= :asAt AND (c.status = 'AWAITING_AUTHORISATION' OR c.authorised_on > :asAt)$$,
 'TRUE', 'TRUE', 'MEDIAN_DAYS', 'LOWER_IS_BETTER', 5, 2, 'SNAPSHOT', NULL, NULL,
 'Management oversight (local standard)', 'items'),

-- Clocks (the one timescale engine): team and worker holding the child's case on the as-at day.
('CLOCKS_OVERDUE', 80, 'Timescales', 'Timescales overdue',
 'Clocks running and past their due date on the day (not stopped, ended or paused by then), by timescale rule; value = calendar days overdue.',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.due_on AS event_on, k.rule_id AS category, (:asAt - k.due_on)::numeric AS value
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.open_until > :asAt AND k.started_on <= :asAt AND k.due_on < :asAt
      AND (k.open_pause_from IS NULL OR k.open_pause_from > :asAt)$$,
 'TRUE', 'TRUE', 'COUNT', 'LOWER_IS_BETTER', NULL, 0, 'SNAPSHOT', NULL, NULL,
 'Timescales T1 to T16 and local rules (practice reference section 1), read from reporting.clock', 'timescales'),

('CLOCKS_MET', 90, 'Timescales', 'Timescales met in time',
 'Of the clocks stopped in the period (the event happened), the percentage stopped on or before their due date, by timescale rule.',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, k.rule_id AS category, (k.stopped_on - k.due_on)::numeric AS value, k.stopped_on <= k.due_on AS in_time
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'in_time', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 90, 5, 'MONTH', NULL, NULL,
 'Timescales (practice reference section 1)', 'timescales'),

('CLOCKS_LATE_REASONS', 100, 'Timescales', 'Timescales met late, by reason',
 'Clocks stopped in the period after their due date, by the late reason the worker recorded; value = calendar days late.',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, coalesce(k.late_reason_code, 'NOT_RECORDED') AS category, (k.stopped_on - k.due_on)::numeric AS value
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt AND k.stopped_on > k.due_on$$,
 'TRUE', 'TRUE', 'COUNT', 'LOWER_IS_BETTER', NULL, 0, 'MONTH', NULL, NULL,
 'Late reasons (code list late-reason), timescale engine', 'timescales'),

('T2_IN_TIME', 110, 'Assessment', 'Assessment timescale met (T2, 45 working days)',
 'Of the assessment clocks (T2, from the referral) stopped in the period, the percentage stopped within 45 working days. Read from the clock until the assessment module''s own view replaces it.',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, CASE WHEN k.stopped_on <= k.due_on THEN 'In time' ELSE 'Late' END AS category,
          calendar.working_days_between(k.started_on, k.stopped_on)::numeric AS value, k.stopped_on <= k.due_on AS in_time
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.rule_id = 'T2' AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'in_time', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 85.7, 5, 'YEAR', 85.7, 'England 2025: 85.7% (DfE CIN C2)',
 'DfE C2 assessments within 45 working days; practice reference section 3', 'assessments'),

('T2_MEDIAN_DAYS', 111, 'Assessment', 'Median working days to complete an assessment (T2)',
 'The median working days from the referral to the assessment''s completion, over the T2 clocks stopped in the period.',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, k.rule_id AS category, calendar.working_days_between(k.started_on, k.stopped_on)::numeric AS value
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.rule_id = 'T2' AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'TRUE', 'TRUE', 'MEDIAN_DAYS', 'LOWER_IS_BETTER', 33, 5, 'YEAR', 33, 'England 2025: median 33 working days (DfE CIN C2)',
 'DfE C2; practice reference section 3', 'assessments');
