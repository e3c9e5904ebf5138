package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A worker's caseload on a day: the cases they hold as key worker, each weighted by its heaviest
 * kind of work, against their capacity (full-time capacity x FTE, a newly qualified worker's
 * protected share, or their manager's override).
 */
public record WorkerLoad(UUID staffId, String name, String employment, BigDecimal fte, boolean newlyQualified, boolean capacityOverridden,
        int cases, BigDecimal weighted, BigDecimal capacity, List<CaseLoad> caseList) {

    public boolean overCapacity() {
        return capacity != null && weighted.compareTo(capacity) > 0;
    }

    /** Weighted caseload as a percentage of capacity (whole number), or null without capacity. */
    public Integer percentOfCapacity() {
        if (capacity == null || capacity.signum() == 0) {
            return null;
        }
        return weighted.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** One child's case: the kinds of work it involves and the weight it counts for. */
    public record CaseLoad(UUID childId, String childName, String mainKind, List<String> kinds, BigDecimal weight) {}
}
