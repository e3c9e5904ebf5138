-- Data quality counts CIN census rule breaches (issue 8): each child whose case is held passes when
-- the census rules found no error in the child's recording at the last check (the child's record
-- is checked each time it is opened, the whole return each time it is made).
INSERT INTO performance.quality_rule (id, ordinal, title, description, check_sql, fix_hint) VALUES
('CIN_CENSUS', 90, 'No CIN census errors',
 'Each child whose case is held has no error under the children in need census rules at the last check of their record or of the return, for the census year running on the day.',
 $$SELECT p.person_id AS item_id, p.person_id AS child_id, h.team_id, h.worker_id, p.full_name AS label,
          '/children/' || p.person_id || '#census-section' AS link,
          NOT EXISTS (SELECT 1 FROM reporting.cin_census_breach b
                       WHERE b.child_id = p.person_id AND b.kind = 'ERROR'
                         AND b.census_year = extract(year FROM CAST(:asAt AS date) + INTERVAL '9 months')::int) AS passed
     FROM performance.held_child h JOIN reporting.person p ON p.person_id = h.child_id
    WHERE h.allocated_from <= :asAt AND (h.allocated_to IS NULL OR h.allocated_to > :asAt)$$,
 'Open the child''s record: the census panel says what breaks which rule and links to the page where it is put right.');
