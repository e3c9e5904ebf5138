-- Child protection plan measures (issue 7's list) over reporting.cp_plan, now that plans are recorded.
INSERT INTO performance.measure (id, ordinal, area, title, definition, item_sql, numerator_sql, denominator_sql, unit, polarity,
                                 target, amber_tolerance, period_type, national_comparator, comparator_note, source_note, item_noun, retired) VALUES
('CPP_TWO_YEARS', 130, 'Child protection', 'Child protection plans ending that had lasted two years or more',
 'Of the child protection plans that ended in the period, the percentage that had lasted two years or more.',
 $$SELECT cpp.cp_plan_id AS item_id, cpp.child_id, a.team_id, a.worker_id, 'Child protection plan' AS label, cpp.end_date AS event_on,
          cpp.latest_category AS category, (cpp.end_date - cpp.start_date)::numeric AS value,
          cpp.end_date >= (cpp.start_date + INTERVAL '2 years')::date AS two_years
     FROM reporting.cp_plan cpp
     LEFT JOIN reporting.allocation a ON a.child_id = cpp.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE cpp.end_date BETWEEN :from AND :to AND cpp.end_date <= :asAt$$,
 'two_years', 'TRUE', 'PERCENT', 'LOWER_IS_BETTER', 4.4, 1, 'YEAR', 4.4, 'England 2025: 4.4% (2,710 of 62,300 plans ending; DfE D7)',
 'DfE D7; practice reference section 3', 'plans', FALSE),
('CPP_SECOND_EVER', 131, 'Child protection', 'Child protection plans that were a second or subsequent plan',
 'Of the child protection plans that started in the period, the percentage for a child who had been on a plan before (at any time, in this authority).',
 $$SELECT cpp.cp_plan_id AS item_id, cpp.child_id, a.team_id, a.worker_id, 'Child protection plan' AS label, cpp.start_date AS event_on,
          cpp.initial_category AS category, cpp.previous_plans::numeric AS value, cpp.second_or_subsequent
     FROM reporting.cp_plan cpp
     LEFT JOIN reporting.allocation a ON a.child_id = cpp.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE cpp.start_date BETWEEN :from AND :to AND cpp.start_date <= :asAt$$,
 'second_or_subsequent', 'TRUE', 'PERCENT', 'LOWER_IS_BETTER', 16.6, 3, 'YEAR', 16.6, 'England 2015: 16.6% (DfE D3; no recent figure found)',
 'DfE D3 (formerly NI 65); practice reference section 3', 'plans', FALSE),
('CPP_SECOND_WITHIN_TWO_YEARS', 132, 'Child protection', 'Child protection plans starting within two years of a previous plan',
 'Of the child protection plans that started in the period, the percentage for a child whose previous plan had ended within the two years before.',
 $$SELECT cpp.cp_plan_id AS item_id, cpp.child_id, a.team_id, a.worker_id, 'Child protection plan' AS label, cpp.start_date AS event_on,
          cpp.initial_category AS category, NULL::numeric AS value, cpp.subsequent_within_two_years
     FROM reporting.cp_plan cpp
     LEFT JOIN reporting.allocation a ON a.child_id = cpp.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE cpp.start_date BETWEEN :from AND :to AND cpp.start_date <= :asAt$$,
 'subsequent_within_two_years', 'TRUE', 'PERCENT', 'LOWER_IS_BETTER', NULL, 0, 'YEAR', NULL, NULL,
 'Local (ChAT-style); practice reference section 3', 'plans', FALSE);
