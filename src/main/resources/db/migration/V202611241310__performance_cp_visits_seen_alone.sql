-- Child protection visits at which the child was seen alone (issue 7, measures: "child protection visits
-- in time and seen alone"; Annex A list 7 "seen alone?"). An item is a statutory visit to a child on a
-- child protection plan: the T9 visiting clock stopped by a visit in the period (a visit stops the
-- running clock on its own date). It counts as seen alone when a home or office visit finalised for
-- the child that day (reporting.case_note, recorded by the day the figures are as at) says the child
-- was seen alone. No national figure or target: "seen alone where appropriate" is a judgement (a baby is
-- seen, not spoken with alone), so the measure has no RAG.
INSERT INTO performance.measure (id, ordinal, area, title, definition, item_sql, numerator_sql, denominator_sql, unit, polarity,
                                 target, amber_tolerance, period_type, national_comparator, comparator_note, source_note, item_noun) VALUES
('CP_VISITS_SEEN_ALONE', 136, 'Child protection', 'Child protection visits: child seen alone',
 'Of the statutory visits to children on child protection plans made in the period (the T9 visiting clock stopped by a visit), the percentage at which the child was seen alone.',
 $$SELECT k.clock_id AS item_id, k.child_id, a.team_id, a.worker_id, k.rule_title AS label,
          k.stopped_on AS event_on, CASE WHEN v.seen_alone THEN 'Seen alone' ELSE 'Not seen alone' END AS category,
          NULL::numeric AS value, coalesce(v.seen_alone, FALSE) AS seen_alone
     FROM reporting.clock k
     LEFT JOIN reporting.allocation a ON a.child_id = k.child_id AND a.lead AND a.allocated_from <= :asAt
          AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
     LEFT JOIN LATERAL (SELECT bool_or(n.child_seen_alone) AS seen_alone FROM reporting.case_note n
                         WHERE n.child_id = k.child_id AND n.occurred_on = k.stopped_on AND n.child_seen
                           AND n.note_type IN ('HOME_VISIT', 'OFFICE_VISIT') AND n.recorded_on <= :asAt) v ON TRUE
    WHERE k.rule_id = 'T9' AND k.stopped_on BETWEEN :from AND :to AND k.stopped_on <= :asAt$$,
 'seen_alone', 'TRUE', 'PERCENT', 'HIGHER_IS_BETTER', NULL, 0, 'MONTH', NULL, NULL,
 'Practice reference section 3 "Child seen / seen alone" (local); Annex A list 7 "seen alone?"', 'visits');
