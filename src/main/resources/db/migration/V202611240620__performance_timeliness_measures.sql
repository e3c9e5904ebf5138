-- Timeliness of plan meetings, reviews and visits by rule (issue 7), from the one clock engine's reporting view.
INSERT INTO performance.measure (id, ordinal, area, title, definition, item_sql, numerator_sql, denominator_sql, unit, polarity,
                                 target, amber_tolerance, period_type, national_comparator, comparator_note, source_note, item_noun, retired) VALUES
('CP_CORE_GROUPS_IN_TIME', 133, 'Child protection', 'Core groups held in time',
 'Of the core group meetings due (first within 10 working days of the initial conference, T6; then at the local frequency, T7) that were held in the period, the percentage held by their due date.',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, CASE WHEN k.stopped_on <= k.due_on THEN 'In time' ELSE 'Late' END AS category,
          (k.stopped_on - k.due_on)::numeric AS value, k.stopped_on <= k.due_on AS in_time
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.rule_id IN ('T6', 'T7') AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'in_time', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 90, 5, 'MONTH', NULL, NULL,
 'Timescales T6 and T7 (practice reference section 1)', 'core groups', FALSE),
('CP_REVIEWS_IN_TIME', 134, 'Child protection', 'Child protection reviews held in time',
 'Of the review conferences held in the period, the percentage held by their due date (first within 3 months of the initial conference, T8; then at most every 6 months, T8a).',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, CASE WHEN k.stopped_on <= k.due_on THEN 'In time' ELSE 'Late' END AS category,
          (k.stopped_on - k.due_on)::numeric AS value, k.stopped_on <= k.due_on AS in_time
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.rule_id IN ('T8', 'T8a') AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'in_time', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 90, 5, 'MONTH', 94.0, 'England 2015: 94.0% (DfE key indicator; no recent figure found)',
 'Timescales T8 and T8a; DfE key indicator "CPPs reviewed within timescales" (94.0% in 2015)', 'reviews', FALSE),
('CP_VISITS_IN_TIME', 135, 'Child protection', 'Child protection visits in time',
 'Of the statutory visits to children on child protection plans made in the period, the percentage made by their due date (local standard T9, default every 10 working days).',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, CASE WHEN k.stopped_on <= k.due_on THEN 'In time' ELSE 'Late' END AS category,
          (k.stopped_on - k.due_on)::numeric AS value, k.stopped_on <= k.due_on AS in_time
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.rule_id IN ('T9') AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'in_time', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 90, 5, 'MONTH', NULL, NULL,
 'Timescale T9 (local); practice reference section 3 "CP visits in timescale"', 'visits', FALSE),
('CIN_VISITS_IN_TIME', 140, 'Children in need', 'Child in need visits in time',
 'Of the visits to children on child in need plans made in the period, the percentage made by their due date (local standard T10).',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, CASE WHEN k.stopped_on <= k.due_on THEN 'In time' ELSE 'Late' END AS category,
          (k.stopped_on - k.due_on)::numeric AS value, k.stopped_on <= k.due_on AS in_time
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.rule_id IN ('T10') AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'in_time', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 90, 5, 'MONTH', NULL, NULL,
 'Timescale T10 (local)', 'visits', FALSE),
('CIN_REVIEWS_IN_TIME', 141, 'Children in need', 'Child in need plan reviews in time',
 'Of the child in need plan reviews held in the period, the percentage held by their due date (local setting T10-review, default every 3 months).',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, CASE WHEN k.stopped_on <= k.due_on THEN 'In time' ELSE 'Late' END AS category,
          (k.stopped_on - k.due_on)::numeric AS value, k.stopped_on <= k.due_on AS in_time
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
    WHERE k.rule_id IN ('T10-review') AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'in_time', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', 90, 5, 'MONTH', NULL, NULL,
 'Local setting T10-review', 'reviews', FALSE);
