-- The chronology's data contract for oversight (issue 7, data quality "chronology entries present"): each
-- entry in force (voided entries left out) with its practice date, the day it was recorded, where it
-- came from, its kind, whether it is significant and whether the worker has recorded its impact on the
-- child. No titles or summaries: what happened stays on the child's record.
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.chronology_entry AS
SELECT e.id AS entry_id, e.child_id, e.occurred_on, (e.recorded_at AT TIME ZONE 'Europe/London')::date AS recorded_on,
       e.source_module, e.entry_type, e.significant, e.impact IS NOT NULL AS impact_recorded
  FROM chronology.entry e
 WHERE e.voided_at IS NULL;
