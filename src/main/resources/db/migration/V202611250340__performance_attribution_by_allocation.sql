-- Who a measure's items belong to, said once (issue 7).
--
-- Seventeen measures gave each item the team and worker of the child's lead allocation as at the
-- day, each with its own copy of the same join. The engine now does that join itself for measures
-- marked LEAD_ALLOCATION, and only where the figure needs it: for a service, team or worker, and
-- for the list behind a figure. The authority's board, which counts every item whoever holds the
-- child, no longer looks up an allocation for each item at each of the twelve trend points (at a
-- large authority with years of history that was most of a year-to-date measure's time). Measures
-- whose items carry their own team and worker (the decider of a contact, the conference's social
-- worker, the enquiry's lead) stay ITEM. Later measures choose either.
--
-- The figures are unchanged: the join is the same, written once in performance.Scorecards. The
-- assessment timeliness measures also take the referral's date from the assessment, where it is
-- kept when the assessment starts (a referral's date is never changed), instead of joining the
-- referral.

ALTER TABLE performance.measure ADD COLUMN attribution text NOT NULL DEFAULT 'ITEM'
    CONSTRAINT measure_attribution_check CHECK (attribution IN ('ITEM', 'LEAD_ALLOCATION'));

COMMENT ON COLUMN performance.measure.attribution IS
    'ITEM: item_sql gives each item''s team_id and worker_id. LEAD_ALLOCATION: item_sql gives child_id only, and the scorecard engine '
    'attributes each item to the child''s lead allocation as at the day (reporting.allocation), where the level or list needs it.';

UPDATE performance.measure
   SET item_sql = regexp_replace(
                      replace(item_sql, ' a.team_id, a.worker_id,', ''),
                      '\s+LEFT JOIN reporting\.allocation a ON a\.child_id = \w+\.child_id AND a\.lead AND a\.allocated_from <= :asAt\s+AND \(a\.allocated_to IS NULL OR a\.allocated_to > :asAt\)',
                      ''),
       attribution = 'LEAD_ALLOCATION',
       version = version + 1
 WHERE item_sql LIKE '%LEFT JOIN reporting.allocation a ON a.child_id = %';

DO $$
DECLARE
    left_over text;
BEGIN
    SELECT string_agg(id, ', ') INTO left_over
      FROM performance.measure
     WHERE attribution = 'LEAD_ALLOCATION' AND (item_sql ~ '\ma\.' OR item_sql LIKE '%reporting.allocation%');
    IF left_over IS NOT NULL THEN
        RAISE EXCEPTION 'Measures still joining the allocation themselves: %', left_over;
    END IF;
END $$;

UPDATE performance.measure
   SET item_sql = $$SELECT a.assessment_id AS item_id, a.child_id, a.team_id, a.worker_id, coalesce(a.outcome, 'Assessment') AS label,
          a.authorised_on AS event_on, a.outcome AS category, (we.n - ws.n)::numeric AS value
     FROM reporting.assessment a
     LEFT JOIN calendar.working_day_number ws ON ws.day = a.referral_date
     LEFT JOIN calendar.working_day_number we ON we.day = a.authorised_on
    WHERE a.authorised_on BETWEEN :from AND :to AND a.authorised_on <= :asAt$$,
       version = version + 1
 WHERE id IN ('ASSESSMENTS_IN_TIME', 'ASSESSMENT_MEDIAN_DAYS');
