-- Stopped clocks of one rule by the day they stopped (T2's assessments, visits, reviews, core
-- groups), carrying what the scorecard's measures join on, so a measure's trend reads only the
-- rule's clocks from the index, not every rule's stopped clocks from the table.
CREATE INDEX clock_rule_stopped_idx ON timescales.clock (rule_id, stopped_on) INCLUDE (started_on, child_id, id)
    WHERE stopped_on IS NOT NULL;
