-- Issue 7's last missing measure: agency reports shared with parents in advance of the conference.
-- "In advance" is the conference standard the conference pages already use: at least L2's working
-- days before the conference (2 unless the authority has set its own), read from the timescale
-- rules as they stand. Reports never received are not counted here (the GP report measure and the
-- conference pages show those).
INSERT INTO performance.measure (id, ordinal, area, title, definition, item_sql, numerator_sql, denominator_sql, unit, polarity,
                                 target, amber_tolerance, period_type, national_comparator, comparator_note, source_note, item_noun, retired) VALUES
('ICPC_REPORTS_SHARED', 126, 'Child protection', 'Agency reports shared with parents in advance',
 'Of the agency reports received for child protection conferences held in the period, the percentage shared with the parents at least the set number of working days before the conference (timescale L2, 2 working days unless set locally).',
 $$SELECT r.conference_id AS item_id, r.child_id, c.social_work_team_id AS team_id, c.social_worker_id AS worker_id,
          r.agency AS label, r.held_on AS event_on,
          CASE WHEN r.shared_with_parents_on IS NULL THEN 'Not shared'
               WHEN hd.n - sd.n >= l.amount THEN 'Shared in advance' ELSE 'Shared late' END AS category,
          (hd.n - sd.n)::numeric AS value, coalesce(hd.n - sd.n >= l.amount, FALSE) AS shared_in_advance
     FROM reporting.conference_agency_report r JOIN reporting.conference c ON c.conference_id = r.conference_id
     CROSS JOIN (SELECT amount FROM reporting.rule WHERE rule_id = 'L2') l
     LEFT JOIN calendar.working_day_number sd ON sd.day = r.shared_with_parents_on
     LEFT JOIN calendar.working_day_number hd ON hd.day = r.held_on
    WHERE r.received_on IS NOT NULL AND r.received_on <= r.held_on AND r.held_on BETWEEN :from AND :to AND r.held_on <= :asAt$$,
 'shared_in_advance', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 90, 10, 'YEAR', NULL, NULL,
 'Local target; "in advance" as Working Together expects reports to reach parents before the conference (issue 6: agency reports)', 'reports', FALSE);
