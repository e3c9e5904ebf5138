-- The timescale engine's reporting views (its data contract for performance and returns).
-- reporting.rule: each rule with its effective setting now (a current local override wins).
-- reporting.clock: every clock with its due date computed in SQL with the same arithmetic as
-- timescales.Deadlines (day 0 is the start day; working days from calendar.working_day_number),
-- moved out by the pauses that have ended (a pause still open is shown by open_pause_from; a report
-- as at a day treats a clock paused on that day as neither on time nor overdue).
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.rule AS
SELECT r.id AS rule_id, r.title, r.statutory, r.repeating,
       coalesce(o.amount, r.amount) AS amount,
       coalesce(o.unit, r.unit) AS unit,
       coalesce(o.day_zero, r.day_zero) AS day_zero
  FROM timescales.rule r
  LEFT JOIN timescales.local_override o ON o.rule_id = r.id AND o.superseded_at IS NULL;

-- A rule's due date for a start day (no pauses), as timescales.Deadlines.due.
CREATE FUNCTION reporting.due_on(rule TEXT, start DATE) RETURNS DATE LANGUAGE sql STABLE AS $$
  SELECT CASE r.unit
           WHEN 'WORKING_DAYS' THEN calendar.add_working_days(start,
                CASE WHEN r.day_zero = 'INCLUDING_START_DAY' AND r.amount > 0
                          AND extract(isodow FROM start) < 6
                          AND NOT EXISTS (SELECT 1 FROM calendar.bank_holiday h WHERE h.holiday_date = start)
                     THEN r.amount - 1 ELSE r.amount END)
           WHEN 'CALENDAR_DAYS' THEN start + (CASE WHEN r.day_zero = 'INCLUDING_START_DAY' AND r.amount > 0 THEN r.amount - 1 ELSE r.amount END)
           WHEN 'WEEKS' THEN start + (7 * r.amount - CASE WHEN r.day_zero = 'INCLUDING_START_DAY' AND r.amount > 0 THEN 1 ELSE 0 END)
           WHEN 'MONTHS' THEN CASE WHEN r.day_zero = 'INCLUDING_START_DAY' AND r.amount > 0
                                   THEN greatest(start, (start + make_interval(months => r.amount))::date - 1)
                                   ELSE (start + make_interval(months => r.amount))::date END
           WHEN 'HOURS' THEN start + ((r.amount + 23) / 24)
         END
    FROM reporting.rule r WHERE r.rule_id = rule
$$;

CREATE VIEW reporting.clock AS
WITH pause AS (
  SELECT p.clock_id,
         sum(p.resumed_on - p.paused_from) FILTER (WHERE p.resumed_on IS NOT NULL)::int AS paused_days,
         sum(e.n - f.n) FILTER (WHERE p.resumed_on IS NOT NULL)::int AS paused_working_days,
         min(p.paused_from) FILTER (WHERE p.resumed_on IS NULL) AS open_pause_from
    FROM timescales.clock_pause p
    LEFT JOIN calendar.working_day_number f ON f.day = p.paused_from
    LEFT JOIN calendar.working_day_number e ON e.day = p.resumed_on
   GROUP BY p.clock_id
), base AS (
  SELECT c.*, r.title AS rule_title, r.unit, r.amount, r.day_zero, r.statutory, r.repeating,
         s.n AS start_n, s.working AS start_working,
         coalesce(p.paused_days, 0) AS paused_days, coalesce(p.paused_working_days, 0) AS paused_working_days, p.open_pause_from
    FROM timescales.clock c
    JOIN reporting.rule r ON r.rule_id = c.rule_id
    LEFT JOIN calendar.working_day_number s ON s.day = c.started_on
    LEFT JOIN pause p ON p.clock_id = c.id
), due AS (
  SELECT b.*,
         CASE WHEN b.unit = 'WORKING_DAYS'
              THEN (CASE WHEN b.day_zero = 'INCLUDING_START_DAY' AND b.amount > 0 AND b.start_working THEN b.amount - 1 ELSE b.amount END)
                   + b.paused_working_days END AS working_days_due
    FROM base b
)
SELECT d.id AS clock_id, d.rule_id, d.rule_title, d.statutory, d.repeating, d.child_id, d.subject_type, d.subject_id,
       d.started_on, d.stopped_on, d.ended_on, d.late_reason_code, d.previous_clock_id, d.open_pause_from,
       coalesce(d.stopped_on, d.ended_on, DATE '9999-12-31') AS open_until,
       CASE d.unit
         WHEN 'WORKING_DAYS' THEN CASE WHEN d.working_days_due <= 0 THEN d.started_on ELSE w.day END
         ELSE reporting.due_on(d.rule_id, d.started_on) + d.paused_days
       END AS due_on
  FROM due d
  LEFT JOIN calendar.working_day_number w ON d.unit = 'WORKING_DAYS' AND w.working AND w.n = d.start_n + d.working_days_due;

-- open_until: the day a clock stopped or ended (far future while running), so "running on day D"
-- (started_on <= D AND open_until > D) is answered from an index however many clocks have closed.
CREATE INDEX clock_open_until_idx ON timescales.clock ((coalesce(stopped_on, ended_on, DATE '9999-12-31')), started_on);
CREATE INDEX clock_stopped_idx ON timescales.clock (stopped_on) WHERE stopped_on IS NOT NULL;
