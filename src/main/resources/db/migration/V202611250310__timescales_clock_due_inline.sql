-- reporting.clock worked out a due date in weeks, months, calendar days or hours by calling
-- reporting.due_on(rule, start), which looked the rule up again for every clock: on a large
-- authority's board, the overdue-clocks measure spent most of its time there. The arithmetic for a
-- setting (as timescales.Deadlines) is now one function of the setting itself, which PostgreSQL
-- inlines: the view passes the rule's setting it has already joined, and reporting.due_on (the
-- front door's T1a) looks the rule up once and passes it on. Same columns, same answers.
CREATE FUNCTION reporting.due_on_setting(unit TEXT, amount INT, day_zero TEXT, start DATE) RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE unit
           WHEN 'CALENDAR_DAYS' THEN start + (CASE WHEN day_zero = 'INCLUDING_START_DAY' AND amount > 0 THEN amount - 1 ELSE amount END)
           WHEN 'WEEKS' THEN start + (7 * amount - CASE WHEN day_zero = 'INCLUDING_START_DAY' AND amount > 0 THEN 1 ELSE 0 END)
           WHEN 'MONTHS' THEN CASE WHEN day_zero = 'INCLUDING_START_DAY' AND amount > 0
                                   THEN greatest(start, (start + make_interval(months => amount))::date - 1)
                                   ELSE (start + make_interval(months => amount))::date END
           WHEN 'HOURS' THEN start + ((amount + 23) / 24)
         END
$$;

-- Working days need the calendar, so they stay here; every other unit is the setting's arithmetic.
CREATE OR REPLACE FUNCTION reporting.due_on(rule TEXT, start DATE) RETURNS DATE LANGUAGE sql STABLE AS $$
  SELECT CASE r.unit
           WHEN 'WORKING_DAYS' THEN calendar.add_working_days(start,
                CASE WHEN r.day_zero = 'INCLUDING_START_DAY' AND r.amount > 0
                          AND extract(isodow FROM start) < 6
                          AND NOT EXISTS (SELECT 1 FROM calendar.bank_holiday h WHERE h.holiday_date = start)
                     THEN r.amount - 1 ELSE r.amount END)
           ELSE reporting.due_on_setting(r.unit, r.amount, r.day_zero, start)
         END
    FROM reporting.rule r WHERE r.rule_id = rule
$$;

CREATE OR REPLACE VIEW reporting.clock AS
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
         ELSE reporting.due_on_setting(d.unit, d.amount, d.day_zero, d.started_on) + d.paused_days
       END AS due_on
  FROM due d
  LEFT JOIN calendar.working_day_number w ON d.unit = 'WORKING_DAYS' AND w.working AND w.n = d.start_n + d.working_days_due;
