package uk.org.beacon.calendar;

import java.time.LocalDate;

/**
 * A bank holiday in England and Wales: not a working day. {@code source} says where it came from:
 * {@code GOV.UK feed} for the shipped calendar, {@code administrator} for a one-off holiday added later.
 */
public record BankHoliday(LocalDate date, String title, String source) {

    public static final String GOV_UK_FEED = "GOV.UK feed";
    public static final String ADMINISTRATOR = "administrator";
}
