package uk.org.beacon.returns;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A statutory census year, 1 April to 31 March, named as DfE and the schema files name it: by the
 * calendar year in which it ends (2026 is 1 April 2025 to 31 March 2026, "2025-26").
 */
public record CensusYear(int endYear) {

    private static final MonthDay REFERENCE = MonthDay.of(3, 31);

    /** The census year that contains {@code day}. */
    public static CensusYear containing(LocalDate day) {
        return new CensusYear(day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear());
    }

    /** 1 April that starts the year. */
    public LocalDate start() {
        return LocalDate.of(endYear - 1, 4, 1);
    }

    /** 31 March that ends the year: the census {@code ReferenceDate}. */
    public LocalDate referenceDate() {
        return REFERENCE.atYear(endYear);
    }

    /** Whether {@code day} falls within the year, both ends included. */
    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(referenceDate());
    }

    /** "2025-26". */
    public String label() {
        return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
    }

    public CensusYear previous() {
        return new CensusYear(endYear - 1);
    }

    /** The years of the given list, for messages ("2024 (2023-24), 2025 (2024-25)"). */
    public static String describe(List<CensusYear> years) {
        return String.join(", ", years.stream().map(y -> y.endYear() + " (" + y.label() + ")").toList());
    }
}
