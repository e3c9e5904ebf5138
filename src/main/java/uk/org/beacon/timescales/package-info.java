/**
 * The one timescale engine: every statutory and local clock rule (T1 to T16 in the practice
 * reference) as data in the {@code timescales} schema, with national defaults, local overrides
 * (reason required, loosening a statutory rule needs a recorded decision, audited, history kept)
 * and clock readings as at any day; {@code Clocks}, the running clocks of each child (started by practice
 * modules, stopped by the stop event with a late reason when late, repeated from the actual event,
 * paused and resumed, ended when they no longer apply), read as at any day. Also the administrators' audited way to add a bank holiday to
 * the {@code calendar}. Pages under {@code /admin/timescales} and {@code /admin/bank-holidays}; JSON
 * under {@code /api/v1/timescales} and {@code /api/v1/bank-holidays}.
 * Publishes {@code Timescales}, {@code BankHolidays}, {@code TimescaleRule}, {@code ClockReading},
 * {@code ClockState}, {@code Clocks}, {@code ClockSummary}, {@code LateReason}, {@code TimescaleUnit}, {@code DayZero}, {@code LocalOverride}. Listens to nothing.
 * Depends on {@code calendar}, {@code codes}, {@code identity}, {@code audit}, {@code web}.
 */
package uk.org.beacon.timescales;
