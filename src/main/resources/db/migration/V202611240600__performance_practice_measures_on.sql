-- The practice measures written before their reporting views existed, now pointed at the views as they
-- landed (reporting.section47: enquiry_id, lead_team_id, lead_worker_id, discussion_held_at;
-- reporting.conference: conference_id, enquiry_id, kind, held_on) and switched on. Also the conference
-- measures issue 6 asked for: police attendance, GP reports, the child's participation and advocacy.
UPDATE performance.measure SET item_sql = $$SELECT s.enquiry_id AS item_id, s.child_id, s.lead_team_id AS team_id, s.lead_worker_id AS worker_id,
          coalesce(s.outcome, 'Section 47 enquiry') AS label, s.concluded_on AS event_on, s.outcome AS category, NULL::numeric AS value,
          EXISTS (SELECT 1 FROM reporting.conference c WHERE c.enquiry_id = s.enquiry_id AND c.kind = 'INITIAL' AND c.held_on <= :asAt) AS led_to_icpc
     FROM reporting.section47 s
    WHERE s.concluded_on BETWEEN :from AND :to AND s.concluded_on <= :asAt$$
 WHERE id = 'S47_TO_ICPC';

UPDATE performance.measure SET item_sql = $$SELECT c.conference_id AS item_id, c.child_id, s.lead_team_id AS team_id, s.lead_worker_id AS worker_id,
          'Initial conference' AS label, c.held_on AS event_on,
          CASE WHEN calendar.working_days_between(s.discussion_held_at::date, c.held_on) <= 15 THEN 'In time' ELSE 'Late' END AS category,
          calendar.working_days_between(s.discussion_held_at::date, c.held_on)::numeric AS value
     FROM reporting.conference c JOIN reporting.section47 s ON s.enquiry_id = c.enquiry_id
    WHERE c.kind = 'INITIAL' AND c.held_on BETWEEN :from AND :to AND c.held_on <= :asAt AND c.held_on >= s.discussion_held_at::date$$
 WHERE id = 'ICPC_IN_TIME';

UPDATE performance.measure SET retired = FALSE WHERE id IN ('ASSESSMENTS_IN_TIME', 'ASSESSMENT_MEDIAN_DAYS', 'S47_TO_ICPC', 'ICPC_IN_TIME');

INSERT INTO performance.measure (id, ordinal, area, title, definition, item_sql, numerator_sql, denominator_sql, unit, polarity,
                                 target, amber_tolerance, period_type, national_comparator, comparator_note, source_note, item_noun, retired) VALUES
('ICPC_POLICE_ATTENDED', 122, 'Child protection', 'Police attendance at child protection conferences',
 'Of the conferences held in the period to which the police were invited, the percentage the police attended.',
 $$SELECT cp.conference_id AS item_id, cp.child_id, c.social_work_team_id AS team_id, c.social_worker_id AS worker_id,
          'Conference' AS label, cp.held_on AS event_on, coalesce(cp.attendance, 'Not recorded') AS category, NULL::numeric AS value,
          cp.attendance = 'ATTENDED' AS attended
     FROM reporting.conference_participation cp JOIN reporting.conference c ON c.conference_id = cp.conference_id
    WHERE cp.kind = 'AGENCY' AND cp.agency = 'POLICE' AND cp.held_on BETWEEN :from AND :to AND cp.held_on <= :asAt$$,
 'attended', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 75, 10, 'YEAR', NULL, 'The seeds tracked police attendance rising from 10% to 70-80%',
 'Local (issue 6: conference participation)', 'conferences', FALSE),
('ICPC_GP_REPORT', 123, 'Child protection', 'GP reports received for child protection conferences',
 'Of the conferences held in the period for which a GP report was requested, the percentage where the report was received by the conference.',
 $$SELECT r.conference_id AS item_id, r.child_id, c.social_work_team_id AS team_id, c.social_worker_id AS worker_id,
          'Conference' AS label, r.held_on AS event_on, CASE WHEN r.received_on IS NOT NULL AND r.received_on <= r.held_on THEN 'Received' ELSE 'Missing' END AS category,
          NULL::numeric AS value, r.received_on IS NOT NULL AND r.received_on <= r.held_on AS received
     FROM reporting.conference_agency_report r JOIN reporting.conference c ON c.conference_id = r.conference_id
    WHERE r.agency = 'HEALTH_GP' AND r.held_on BETWEEN :from AND :to AND r.held_on <= :asAt$$,
 'received', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 75, 10, 'YEAR', NULL, 'The seeds found GP reports at about 50%',
 'Local (issue 6: agency reports)', 'conferences', FALSE),
('ICPC_CHILD_PARTICIPATED', 124, 'Child protection', 'Children who took part in their conference',
 'Of the children whose conference was held in the period, the percentage who attended or gave their views another way (a wishes and feelings form, an advocate, through their worker).',
 $$SELECT cp.conference_id AS item_id, cp.child_id, c.social_work_team_id AS team_id, c.social_worker_id AS worker_id,
          'Conference' AS label, cp.held_on AS event_on, coalesce(cp.contributed_by, 'Not recorded') AS category, NULL::numeric AS value,
          cp.contributed_by IN ('ATTENDED', 'WISHES_AND_FEELINGS_FORM', 'ADVOCATE', 'VIEWS_THROUGH_WORKER') AS took_part
     FROM reporting.conference_participation cp JOIN reporting.conference c ON c.conference_id = cp.conference_id
    WHERE cp.kind = 'CHILD' AND cp.held_on BETWEEN :from AND :to AND cp.held_on <= :asAt$$,
 'took_part', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 80, 10, 'YEAR', NULL, NULL,
 'Local (issue 6: participation)', 'conferences', FALSE),
('ICPC_ADVOCATE_USED', 125, 'Child protection', 'Children supported by an advocate at their conference',
 'Of the children whose conference was held in the period, the percentage who had an advocate.',
 $$SELECT cp.conference_id AS item_id, cp.child_id, c.social_work_team_id AS team_id, c.social_worker_id AS worker_id,
          'Conference' AS label, cp.held_on AS event_on, CASE WHEN cp.advocate_used THEN 'Advocate' ELSE 'No advocate' END AS category,
          NULL::numeric AS value, coalesce(cp.advocate_used, FALSE) AS advocated
     FROM reporting.conference_participation cp JOIN reporting.conference c ON c.conference_id = cp.conference_id
    WHERE cp.kind = 'CHILD' AND cp.held_on BETWEEN :from AND :to AND cp.held_on <= :asAt$$,
 'advocated', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 50, 10, 'YEAR', NULL, NULL,
 'Local (issue 6: advocacy)', 'conferences', FALSE);
