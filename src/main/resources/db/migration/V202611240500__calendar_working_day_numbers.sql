-- Working days numbered, so that set-based reports can do working-day arithmetic in SQL with the
-- same answers as calendar.WorkingDays: n is the count of working days from 2010-01-01 up to and
-- including the day (a weekend or bank holiday carries the number of the working day before it).
-- The Nth working day after d is the working day numbered n(d) + N; the working days after a up to
-- and including b are n(b) - n(a). Renumbered whenever a bank holiday is added or removed.
CREATE TABLE calendar.working_day_number (
  day      DATE PRIMARY KEY,
  n        INT NOT NULL,
  working  BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX working_day_number_n_uk ON calendar.working_day_number (n) WHERE working;

CREATE FUNCTION calendar.renumber_working_days() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM changed) THEN
    RETURN NULL;  -- e.g. the start-up load finding every shipped holiday already held
  END IF;
  DELETE FROM calendar.working_day_number;
  INSERT INTO calendar.working_day_number (day, n, working)
  SELECT d::date,
         (count(*) FILTER (WHERE w) OVER (ORDER BY d))::int,
         w
    FROM (SELECT d, extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM calendar.bank_holiday h WHERE h.holiday_date = d::date) AS w
            FROM generate_series(DATE '2010-01-01', DATE '2045-12-31', INTERVAL '1 day') d) days;
  RETURN NULL;
END $$;

CREATE TRIGGER bank_holiday_added AFTER INSERT ON calendar.bank_holiday REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION calendar.renumber_working_days();
CREATE TRIGGER bank_holiday_changed AFTER UPDATE ON calendar.bank_holiday REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION calendar.renumber_working_days();
CREATE TRIGGER bank_holiday_removed AFTER DELETE ON calendar.bank_holiday REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION calendar.renumber_working_days();

-- Number the days now (the trigger function needs a trigger context, so run its body once here).
INSERT INTO calendar.working_day_number (day, n, working)
SELECT d::date, (count(*) FILTER (WHERE w) OVER (ORDER BY d))::int, w
  FROM (SELECT d, extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM calendar.bank_holiday h WHERE h.holiday_date = d::date) AS w
          FROM generate_series(DATE '2010-01-01', DATE '2045-12-31', INTERVAL '1 day') d) days;

-- Day-level arithmetic for reports (outside the numbered range they fall back to weekdays only).
CREATE FUNCTION calendar.add_working_days(start DATE, amount INT) RETURNS DATE LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN amount <= 0 THEN start
              ELSE (SELECT w.day FROM calendar.working_day_number w
                     WHERE w.working AND w.n = (SELECT s.n FROM calendar.working_day_number s WHERE s.day = start) + amount) END
$$;

CREATE FUNCTION calendar.working_days_between(a DATE, b DATE) RETURNS INT LANGUAGE sql STABLE AS $$
  SELECT (SELECT n FROM calendar.working_day_number WHERE day = b) - (SELECT n FROM calendar.working_day_number WHERE day = a)
$$;
