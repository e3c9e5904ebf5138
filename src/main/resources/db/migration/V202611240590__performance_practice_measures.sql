-- Measures over the assessment, section 47 and conference reporting views (issue 7), written before
-- those views were merged: inserted RETIRED so the board does not show them until the views exist.
-- At merge: check the column names against reporting.assessment / reporting.section47 /
-- reporting.conference, then switch them on:
--   UPDATE performance.measure SET retired = FALSE WHERE id IN ('ASSESSMENTS_IN_TIME', 'ASSESSMENT_MEDIAN_DAYS', 'S47_TO_ICPC', 'ICPC_IN_TIME');
-- Columns assumed: reporting.assessment (assessment_id, child_id, referral_id, team_id, worker_id,
-- started_on, authorised_on, outcome); reporting.section47 (section47_id, child_id, team_id,
-- worker_id, strategy_discussion_on, concluded_on, outcome); reporting.conference (conference_id,
-- child_id, section47_id, kind 'INITIAL'/'REVIEW', held_on). Timeliness counts working days with
-- calendar.working_days_between (day 0 = the start day), as the DfE does.
INSERT INTO performance.measure (id, ordinal, area, title, definition, item_sql, numerator_sql, denominator_sql, unit, polarity,
                                 target, amber_tolerance, period_type, national_comparator, comparator_note, source_note, item_noun, retired) VALUES
('ASSESSMENTS_IN_TIME', 112, 'Assessment', 'Assessments completed within 45 working days',
 'Of the assessments completed (authorised) in the period, the percentage authorised within 45 working days of the referral.',
 $$SELECT a.assessment_id AS item_id, a.child_id, a.team_id, a.worker_id, coalesce(a.outcome, 'Assessment') AS label,
          a.authorised_on AS event_on, a.outcome AS category,
          calendar.working_days_between(coalesce(r.referral_date, a.started_on), a.authorised_on)::numeric AS value
     FROM reporting.assessment a LEFT JOIN reporting.referral r ON r.referral_id = a.referral_id
    WHERE a.authorised_on BETWEEN :from AND :to AND a.authorised_on <= :asAt$$,
 'value <= 45', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 85.7, 5, 'YEAR', 85.7, 'England 2025: 85.7% (DfE CIN C2)',
 'DfE C2; practice reference section 3 (timescale T2)', 'assessments', TRUE),
('ASSESSMENT_MEDIAN_DAYS', 113, 'Assessment', 'Median working days to complete an assessment',
 'The median working days from the referral to the assessment''s authorisation, over the assessments authorised in the period.',
 $$SELECT a.assessment_id AS item_id, a.child_id, a.team_id, a.worker_id, coalesce(a.outcome, 'Assessment') AS label,
          a.authorised_on AS event_on, a.outcome AS category,
          calendar.working_days_between(coalesce(r.referral_date, a.started_on), a.authorised_on)::numeric AS value
     FROM reporting.assessment a LEFT JOIN reporting.referral r ON r.referral_id = a.referral_id
    WHERE a.authorised_on BETWEEN :from AND :to AND a.authorised_on <= :asAt$$,
 'TRUE', 'TRUE', 'MEDIAN_DAYS', 'LOWER_IS_BETTER', 33, 5, 'YEAR', 33, 'England 2025: median 33 working days (DfE CIN C2)',
 'DfE C2; practice reference section 3', 'assessments', TRUE),
('S47_TO_ICPC', 120, 'Child protection', 'Section 47 enquiries leading to an initial conference',
 'Of the section 47 enquiries concluded in the period, the percentage that led to an initial child protection conference (held by the as-at day).',
 $$SELECT s.section47_id AS item_id, s.child_id, s.team_id, s.worker_id, coalesce(s.outcome, 'Section 47 enquiry') AS label,
          s.concluded_on AS event_on, s.outcome AS category, NULL::numeric AS value,
          EXISTS (SELECT 1 FROM reporting.conference c WHERE c.section47_id = s.section47_id AND c.kind = 'INITIAL' AND c.held_on <= :asAt) AS led_to_icpc
     FROM reporting.section47 s
    WHERE s.concluded_on BETWEEN :from AND :to AND s.concluded_on <= :asAt$$,
 'led_to_icpc', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', NULL, 0, 'YEAR', 31.3, 'England 2025: 72,100 ICPCs from 230,590 section 47 enquiries (DfE C4, by count)',
 'DfE C4 (derived); practice reference section 3', 'enquiries', TRUE),
('ICPC_IN_TIME', 121, 'Child protection', 'Initial conferences within 15 working days',
 'Of the initial child protection conferences held in the period, the percentage held within 15 working days of the strategy discussion that started the section 47 enquiry (conferences dated before it are left out, as the DfE does).',
 $$SELECT c.conference_id AS item_id, c.child_id, s.team_id, s.worker_id, 'Initial conference' AS label,
          c.held_on AS event_on, CASE WHEN calendar.working_days_between(s.strategy_discussion_on, c.held_on) <= 15 THEN 'In time' ELSE 'Late' END AS category,
          calendar.working_days_between(s.strategy_discussion_on, c.held_on)::numeric AS value
     FROM reporting.conference c JOIN reporting.section47 s ON s.section47_id = c.section47_id
    WHERE c.kind = 'INITIAL' AND c.held_on BETWEEN :from AND :to AND c.held_on <= :asAt AND c.held_on >= s.strategy_discussion_on$$,
 'value <= 15', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 81.4, 5, 'YEAR', 81.4, 'England 2025: 81.4%, median 14 working days (DfE C4; timescale T5)',
 'DfE C4; LG Inform metric 3217; timescale T5', 'conferences', TRUE);
