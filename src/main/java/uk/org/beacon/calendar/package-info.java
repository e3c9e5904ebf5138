/**
 * Shared kernel: the injected {@link java.time.Clock} (UK time) from which every "now" comes, and
 * {@link uk.org.beacon.calendar.WorkingDays}, the England and Wales working-day calendar that
 * every working-day timescale counts with (day 0 is the start day; bank holidays are data in the
 * {@code calendar} schema, shipped from the GOV.UK feed and added to by administrators).
 * Publishes {@code WorkingDays}, {@code BankHoliday}. Depends on {@code web} (field messages) only;
 * the audited administrator entry for adding a holiday lives in {@code timescales}.
 */
package uk.org.beacon.calendar;
