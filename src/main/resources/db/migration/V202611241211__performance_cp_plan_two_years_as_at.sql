-- Child protection plans lasting two years or more, as at any day: both measures compare reporting.cp_plan's
-- two_year_date (start plus two years) with a date of their own instead of a flag computed against today.
-- (a) DfE D7: plans ending in the period that had lasted two years or more (ended on or after their two-year date).
UPDATE performance.measure SET item_sql =
 $$SELECT cpp.cp_plan_id AS item_id, cpp.child_id, a.team_id, a.worker_id, 'Child protection plan' AS label, cpp.end_date AS event_on,
          cpp.latest_category AS category, (cpp.end_date - cpp.start_date)::numeric AS value,
          cpp.end_date >= cpp.two_year_date AS two_years
     FROM reporting.cp_plan cpp
     LEFT JOIN reporting.allocation a ON a.child_id = cpp.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE cpp.end_date BETWEEN :from AND :to AND cpp.end_date <= :asAt$$,
  version = version + 1
WHERE id = 'CPP_TWO_YEARS';

-- (b) COLLECT key indicator "CPP - 2 years or more": of the children on a plan on the day, those whose plan had
-- lasted two years or more by then (its two-year date on or before the day). value = days on the plan by then.
INSERT INTO performance.measure (id, ordinal, area, title, definition, item_sql, numerator_sql, denominator_sql, unit, polarity,
                                 target, amber_tolerance, period_type, national_comparator, comparator_note, source_note, item_noun, retired) VALUES
('CPP_OPEN_TWO_YEARS', 129, 'Child protection', 'Children on a child protection plan for two years or more',
 'Of the child protection plans running on the day, the percentage that had lasted two years or more by then.',
 $$SELECT cpp.cp_plan_id AS item_id, cpp.child_id, a.team_id, a.worker_id, 'Child protection plan' AS label, cpp.start_date AS event_on,
          cpp.latest_category AS category, (:asAt - cpp.start_date)::numeric AS value, cpp.two_year_date <= :asAt AS two_years
     FROM reporting.cp_plan cpp
     LEFT JOIN reporting.allocation a ON a.child_id = cpp.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE cpp.start_date <= :asAt AND (cpp.end_date IS NULL OR cpp.end_date > :asAt)$$,
 'two_years', 'TRUE', 'PERCENT', 'LOWER_IS_BETTER', NULL, 0, 'SNAPSHOT', NULL, NULL,
 'COLLECT key indicator "CPP - 2 years or more" (b); practice reference section 3', 'plans', FALSE);
