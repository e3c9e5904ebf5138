-- Bank holidays in England and Wales: the days that are not working days besides weekends.
-- Shipped rows come from the GOV.UK feed (loaded at start-up from calendar/bank-holidays-england-and-wales.csv,
-- inserted only if missing); administrators add one-off holidays proclaimed later as data.
CREATE SCHEMA calendar;

CREATE TABLE calendar.bank_holiday (
  holiday_date  DATE PRIMARY KEY,
  title         TEXT NOT NULL,
  added_by      UUID,
  added_at      TIMESTAMPTZ NOT NULL,
  source        TEXT NOT NULL CHECK (source IN ('GOV.UK feed', 'administrator')),
  CHECK (EXTRACT(ISODOW FROM holiday_date) < 6)
);
