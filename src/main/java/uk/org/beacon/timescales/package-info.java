/**
 * The one timescale engine: every statutory and local clock rule (T1 to T16 in the practice
 * reference) as data in the {@code timescales} schema, with national defaults, local overrides
 * (reason required, loosening a statutory rule needs a recorded decision, audited, history kept)
 * and clock readings as at any day. Also the administrators' audited way to add a bank holiday to
 * the {@code calendar}. Pages under {@code /admin/timescales} and {@code /admin/bank-holidays}; JSON
 * under {@code /api/v1/timescales} and {@code /api/v1/bank-holidays}.
 * Publishes {@code Timescales}, {@code BankHolidays}, {@code TimescaleRule}, {@code ClockReading},
 * {@code ClockState}, {@code TimescaleUnit}, {@code DayZero}, {@code LocalOverride}. Listens to nothing.
 * Depends on {@code calendar}, {@code identity}, {@code audit}, {@code web}.
 */
package uk.org.beacon.timescales;
