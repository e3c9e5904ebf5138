-- The numbered days were renumbered once per shipped bank holiday on a fresh database (WorkingDays
-- now adds them in one statement), which left calendar.working_day_number at about a hundred times
-- its size: every report that scans it read ~70 MB for 13,149 rows. Rewrite it compactly, once.
CLUSTER calendar.working_day_number USING working_day_number_pkey;
ANALYZE calendar.working_day_number;
