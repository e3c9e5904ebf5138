package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much a worker can hold: the weighted cases a full-time social worker can hold, times their
 * FTE, and for a newly qualified worker in their assessed and supported year only their protected
 * share of it. (A manager's capacity override replaces the result.)
 */
final class WorkloadRules {

    private WorkloadRules() {}

    static BigDecimal capacity(BigDecimal fullTime, BigDecimal fte, boolean newlyQualified, BigDecimal newlyQualifiedShare) {
        BigDecimal c = fullTime.multiply(fte == null ? BigDecimal.ONE : fte);
        if (newlyQualified) {
            c = c.multiply(newlyQualifiedShare);
        }
        return c.setScale(1, RoundingMode.HALF_UP);
    }
}
