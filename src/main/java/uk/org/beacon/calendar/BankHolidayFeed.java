package uk.org.beacon.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank holidays shipped with Beacon: England and Wales dates copied from the GOV.UK
 * bank-holidays feed, kept as {@code calendar/bank-holidays-england-and-wales.csv} with the header
 * "date,name" (ISO dates, one holiday a line, substitute days marked in the name). Every date must
 * be a weekday, because a holiday on a weekend changes nothing and usually means a typing slip.
 */
final class BankHolidayFeed {

    static final String LOCATION = "calendar/bank-holidays-england-and-wales.csv";

    private BankHolidayFeed() {
    }

    static List<BankHoliday> shipped() {
        try (InputStream in = BankHolidayFeed.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("The bank holiday calendar " + LOCATION + " is missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + LOCATION, e);
        }
    }

    static List<BankHoliday> read(BufferedReader lines) throws IOException {
        List<BankHoliday> holidays = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1) {
                if (!line.replace("\uFEFF", "").strip().equals("date,name")) {
                    throw new IllegalStateException(LOCATION + " line 1: expected the header date,name");
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0 || line.substring(comma + 1).isBlank()) {
                throw new IllegalStateException(LOCATION + " line " + number + ": expected a date and a name");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(line.substring(0, comma).strip());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(LOCATION + " line " + number + ": the date is not YYYY-MM-DD", e);
            }
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                throw new IllegalStateException(LOCATION + " line " + number + ": " + date + " falls on a weekend");
            }
            holidays.add(new BankHoliday(date, line.substring(comma + 1).strip(), BankHoliday.GOV_UK_FEED));
        }
        return holidays;
    }
}
