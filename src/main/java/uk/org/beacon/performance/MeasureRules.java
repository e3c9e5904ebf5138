package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The arithmetic of a scorecard, from parameters only: the period a measure covers as at a day
 * (month, financial quarter and year from 1 April, rolling 12 months, or the day itself), the
 * twelve monthly points of its trend, its value from numerator and denominator, and red, amber or
 * green against its target by its polarity. Within the amber tolerance of the target is amber; a
 * measure without a target has no RAG. And what a change of target must be: a number, not
 * negative, a percentage from 0 to 100 for a percentage measure, with a reason.
 */
final class MeasureRules {

    static final int TREND_POINTS = 12;

    private MeasureRules() {}

    static Period period(PeriodType type, LocalDate asAt) {
        Objects.requireNonNull(asAt, "asAt");
        return switch (type) {
            case MONTH -> new Period(type, asAt.withDayOfMonth(1), asAt, asAt);
            case QUARTER -> new Period(type, financialQuarterStart(asAt), asAt, asAt);
            case YEAR -> new Period(type, financialYearStart(asAt), asAt, asAt);
            case ROLLING_12_MONTHS -> new Period(type, asAt.minusYears(1).plusDays(1), asAt, asAt);
            case SNAPSHOT -> new Period(type, asAt, asAt, asAt);
        };
    }

    static LocalDate financialYearStart(LocalDate day) {
        int year = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.APRIL, 1);
    }

    static LocalDate financialQuarterStart(LocalDate day) {
        LocalDate yearStart = financialYearStart(day);
        int monthsIn = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(yearStart), YearMonth.from(day));
        return yearStart.plusMonths(monthsIn / 3 * 3L);
    }

    /**
     * The trend: twelve points, oldest first, the last being the period as at {@code asAt} itself
     * and each earlier one the same kind of period as at the last day of an earlier month.
     */
    static List<Period> trend(PeriodType type, LocalDate asAt) {
        return trend(type, asAt, TREND_POINTS);
    }

    /** The last {@code count} points of the trend (two give the figure and the month before it, for the direction). */
    static List<Period> trend(PeriodType type, LocalDate asAt, int count) {
        List<Period> points = new ArrayList<>(count);
        for (int back = count - 1; back >= 1; back--) {
            LocalDate monthEnd = YearMonth.from(asAt).minusMonths(back).atEndOfMonth();
            points.add(period(type, monthEnd));
        }
        points.add(period(type, asAt));
        return points;
    }

    /** The value of a measure, or null when there is nothing to divide by (no items). */
    static BigDecimal value(MeasureUnit unit, long numerator, long denominator, BigDecimal median) {
        return switch (unit) {
            case COUNT -> BigDecimal.valueOf(numerator);
            case PERCENT -> denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
            case MEDIAN_DAYS -> median == null ? null : median.setScale(1, RoundingMode.HALF_UP);
        };
    }

    static Rag rag(Polarity polarity, BigDecimal target, BigDecimal amberTolerance, BigDecimal value) {
        if (target == null || value == null) {
            return Rag.NONE;
        }
        BigDecimal tolerance = amberTolerance == null ? BigDecimal.ZERO : amberTolerance;
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            if (value.compareTo(target) >= 0) {
                return Rag.GREEN;
            }
            return value.compareTo(target.subtract(tolerance)) >= 0 ? Rag.AMBER : Rag.RED;
        }
        if (value.compareTo(target) <= 0) {
            return Rag.GREEN;
        }
        return value.compareTo(target.add(tolerance)) <= 0 ? Rag.AMBER : Rag.RED;
    }

    /** Whether the latest point is better, worse or the same as the one before, by the measure's polarity. */
    static String direction(Polarity polarity, BigDecimal previous, BigDecimal latest) {
        if (previous == null || latest == null) {
            return "No comparison";
        }
        int c = latest.compareTo(previous);
        if (c == 0) {
            return "No change";
        }
        boolean better = polarity == Polarity.HIGHER_IS_BETTER ? c > 0 : c < 0;
        return better ? "Improving" : "Getting worse";
    }

    /**
     * What is wrong with a change of target, by field ({@code target}, {@code amberTolerance},
     * {@code reason}); empty when it may be made. Both numbers are required (a tolerance of 0 means
     * none), neither negative, and for a percentage measure both at most 100.
     */
    static Map<String, String> targetErrors(MeasureUnit unit, String target, String amberTolerance, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        numberError(unit, target, "the target", "80").ifPresent(e -> errors.put("target", e));
        numberError(unit, amberTolerance, "the amber tolerance", "5").ifPresent(e -> errors.put("amberTolerance", e));
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Enter why the target is changing");
        }
        return errors;
    }

    /** The number a form or request gave, or null when it gave none or not a number. */
    static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static java.util.Optional<String> numberError(MeasureUnit unit, String value, String what, String example) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.of("Enter " + what + (what.contains("tolerance") ? ", 0 for none" : ", for example " + example));
        }
        BigDecimal n = number(value);
        if (n == null) {
            return java.util.Optional.of("Enter " + what + " as a number, for example " + example);
        }
        if (n.signum() < 0) {
            return java.util.Optional.of(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " cannot be negative");
        }
        if (unit == MeasureUnit.PERCENT && n.compareTo(BigDecimal.valueOf(100)) > 0) {
            return java.util.Optional.of("Enter " + what + " as a percentage from 0 to 100");
        }
        return java.util.Optional.empty();
    }
}
