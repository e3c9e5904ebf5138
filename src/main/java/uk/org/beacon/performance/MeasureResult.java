package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure computed for a level as at a day: the figure for its period with numerator and
 * denominator, RAG against target, and the twelve-month trend (the last point is this figure).
 * {@code problem} says why a measure could not be computed (e.g. a reporting view not yet there).
 */
public record MeasureResult(Measure measure, Level level, Period period, long numerator, long denominator, BigDecimal value, Rag rag,
        List<TrendPoint> trend, String direction, String problem) {

    public String formattedValue() {
        return measure.formatted(value);
    }

    public String formattedTarget() {
        return measure.target() == null ? "None set" : measure.formatted(measure.target());
    }

    public String formattedComparator() {
        return measure.nationalComparator() == null ? "–" : measure.formatted(measure.nationalComparator());
    }

    public boolean available() {
        return problem == null;
    }

    /** One point of the trend: the period and its value. */
    public record TrendPoint(Period period, long numerator, long denominator, BigDecimal value) {}
}
