package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How much a case weighs and how much a worker can hold. A case counts once, at the weight of its
 * heaviest kind of work (a child on a protection plan who is also being assessed counts as the
 * plan); on equal weights the more specific kind names it. A worker can hold the weighted cases a
 * full-time social worker can hold, times their FTE, and a newly qualified worker in their assessed
 * and supported year only their protected share of it. (A manager's capacity override replaces the
 * result.)
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

    /**
     * The kind a case is counted as: the heaviest of its kinds; on a tie, the one later in the
     * weights' order (the weights map is in their order, most general first).
     */
    static String heaviest(Collection<String> kinds, Map<String, BigDecimal> weights) {
        List<String> order = new ArrayList<>(weights.keySet());
        String best = null;
        BigDecimal bestWeight = null;
        for (String kind : order) {
            if (!kinds.contains(kind)) {
                continue;
            }
            BigDecimal w = weights.get(kind);
            if (bestWeight == null || w.compareTo(bestWeight) >= 0) {
                best = kind;
                bestWeight = w;
            }
        }
        return best;
    }

    /** The weight a case counts for: its heaviest kind's weight (zero with no known kind). */
    static BigDecimal weight(Collection<String> kinds, Map<String, BigDecimal> weights) {
        String kind = heaviest(kinds, weights);
        return kind == null ? BigDecimal.ZERO : weights.get(kind);
    }
}
