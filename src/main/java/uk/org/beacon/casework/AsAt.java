package uk.org.beacon.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day a worklist is read "as at" ({@code ?asAt=yyyy-mm-dd}), so any past day's picture can be
 * reproduced; today when not given, not a date, or in the future.
 */
final class AsAt {

    private AsAt() {}

    static LocalDate parse(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            return day.isAfter(today) ? today : day;
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
