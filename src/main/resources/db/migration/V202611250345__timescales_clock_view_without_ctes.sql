-- reporting.clock without WITH: the same columns and answers, written as nested subqueries.
--
-- PostgreSQL never pulls a subquery that has a WITH list up into the query around it, so a
-- scorecard measure over this view got the view planned apart from the measure: no period's
-- conditions reached the clock table's indexes, every clock ever started was read and its due date
-- worked out, and the measure's conditions were applied afterwards. Measures happened to escape
-- that while each one also joined the allocations; once the engine attributes items itself (the
-- previous migration), the board's overdue clocks took 1.9 s and a month's child protection visits
-- 13.9 s at a large authority with ten years' history. As subqueries, the view is flattened into
-- each measure and the period's conditions use the indexes. (Its pause totals stay a grouped
-- subquery, joined by clock.)
CREATE OR REPLACE VIEW reporting.clock AS
SELECT d.id AS clock_id, d.rule_id, d.rule_title, d.statutory, d.repeating, d.child_id, d.subject_type, d.subject_id,
       d.started_on, d.stopped_on, d.ended_on, d.late_reason_code, d.previous_clock_id, d.open_pause_from,
       coalesce(d.stopped_on, d.ended_on, DATE '9999-12-31') AS open_until,
       CASE d.unit
         WHEN 'WORKING_DAYS' THEN CASE WHEN d.working_days_due <= 0 THEN d.started_on ELSE w.day END
         ELSE reporting.due_on_setting(d.unit, d.amount, d.day_zero, d.started_on) + d.paused_days
       END AS due_on
  FROM (SELECT b.*,
               CASE WHEN b.unit = 'WORKING_DAYS'
                    THEN (CASE WHEN b.day_zero = 'INCLUDING_START_DAY' AND b.amount > 0 AND b.start_working THEN b.amount - 1 ELSE b.amount END)
                         + b.paused_working_days END AS working_days_due
          FROM (SELECT c.*, r.title AS rule_title, r.unit, r.amount, r.day_zero, r.statutory, r.repeating,
                       s.n AS start_n, s.working AS start_working,
                       coalesce(p.paused_days, 0) AS paused_days, coalesce(p.paused_working_days, 0) AS paused_working_days, p.open_pause_from
                  FROM timescales.clock c
                  JOIN reporting.rule r ON r.rule_id = c.rule_id
                  LEFT JOIN calendar.working_day_number s ON s.day = c.started_on
                  LEFT JOIN (SELECT p.clock_id,
                                    sum(p.resumed_on - p.paused_from) FILTER (WHERE p.resumed_on IS NOT NULL)::int AS paused_days,
                                    sum(e.n - f.n) FILTER (WHERE p.resumed_on IS NOT NULL)::int AS paused_working_days,
                                    min(p.paused_from) FILTER (WHERE p.resumed_on IS NULL) AS open_pause_from
                               FROM timescales.clock_pause p
                               LEFT JOIN calendar.working_day_number f ON f.day = p.paused_from
                               LEFT JOIN calendar.working_day_number e ON e.day = p.resumed_on
                              GROUP BY p.clock_id) p ON p.clock_id = c.id) b) d
  LEFT JOIN calendar.working_day_number w ON d.unit = 'WORKING_DAYS' AND w.working AND w.n = d.start_n + d.working_days_due;
