package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measure as data (table {@code performance.measure}): what it counts in plain English, the SQL
 * over reporting views that lists its items, the conditions for numerator and denominator, its
 * unit, polarity, target and amber tolerance, period, national comparator and source. The target
 * and amber tolerance are those in force on {@code targetAsAt} (they are dated: see
 * {@code performance.measure_target}); {@code version} is the measure's, for optimistic locking.
 * {@code attribution} says whose the items are: their own team and worker, or those of the child's
 * lead allocation on the day (joined by the engine where a figure or list needs them).
 */
public record Measure(String id, int ordinal, String area, String title, String definition, String itemSql, String numeratorSql,
        String denominatorSql, MeasureUnit unit, Polarity polarity, BigDecimal target, BigDecimal amberTolerance, PeriodType periodType,
        BigDecimal nationalComparator, String comparatorNote, String sourceNote, String itemNoun, long version,
        LocalDate targetAsAt, Attribution attribution) {

    /** Whose an item is: the team and worker its query gives, or the child's lead allocation as at the day. */
    public enum Attribution { ITEM, LEAD_ALLOCATION }

    public String formatted(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return switch (unit) {
            case PERCENT -> value.stripTrailingZeros().toPlainString() + "%";
            case COUNT -> value.stripTrailingZeros().toPlainString();
            case MEDIAN_DAYS -> value.stripTrailingZeros().toPlainString() + " days";
        };
    }
}
