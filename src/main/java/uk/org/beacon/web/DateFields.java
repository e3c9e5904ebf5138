package uk.org.beacon.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a GOV.UK date input (day, month and year boxes) and says precisely what is wrong with it,
 * in the words the GOV.UK Design System recommends.
 */
public final class DateFields {

    private DateFields() {}

    /** Empty when all three boxes are blank; a date when they make one; otherwise a message in {@code errors}. */
    public static Optional<LocalDate> read(String day, String month, String year, String field, String label, Map<String, String> errors) {
        boolean dBlank = blank(day);
        boolean mBlank = blank(month);
        boolean yBlank = blank(year);
        if (dBlank && mBlank && yBlank) {
            return Optional.empty();
        }
        if (dBlank || mBlank || yBlank) {
            String missing = dBlank ? "a day" : mBlank ? "a month" : "a year";
            errors.put(field, label + " must include " + missing);
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (year.trim().length() != 4) {
                errors.put(field, "Year must include 4 numbers");
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(field, label + " must be a real date");
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
