-- Data quality (issue 7): "chronology entries present". Each child whose case is held and who has an
-- open episode of need (reporting.cin_episode) has at least one chronology entry (reporting.chronology_entry)
-- dated within the last three months and recorded by the day the score is as at. Practice events add
-- entries by themselves (referral, allocation, assessment, plans, conferences, significant case notes);
-- a child open for three months with none means the significant events in their life are not being
-- written into their chronology. Three months matches the shortest review cycle of open work (a child
-- in need plan is reviewed at least every three months, T10-review) and the window of the other rules.
INSERT INTO performance.quality_rule (id, ordinal, title, description, check_sql, fix_hint) VALUES
('CHRONOLOGY', 80, 'Chronology entries present',
 'Each child with an open episode of need whose case is held has at least one chronology entry dated in the last three months.',
 $$SELECT h.child_id AS item_id, h.child_id, h.team_id, h.worker_id, p.full_name AS label,
          '/children/' || h.child_id || '/chronology' AS link,
          EXISTS (SELECT 1 FROM reporting.chronology_entry c
                   WHERE c.child_id = h.child_id AND c.occurred_on > :asAt - INTERVAL '3 months' AND c.occurred_on <= :asAt
                     AND c.recorded_on <= :asAt) AS passed
     FROM performance.held_child h JOIN reporting.person p ON p.person_id = h.child_id
    WHERE h.allocated_from <= :asAt AND (h.allocated_to IS NULL OR h.allocated_to > :asAt)
      AND EXISTS (SELECT 1 FROM reporting.cin_episode e WHERE e.child_id = h.child_id AND e.referral_date <= :asAt
                   AND (e.closure_date IS NULL OR e.closure_date > :asAt))$$,
 'Add the significant events of the last three months to the child''s chronology, with their impact on the child.');
