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

    /** Cases that count as open casework by the seeds' definition (open child in need, protection or care). */
    public int openCases() {
        return (int) caseList.stream().filter(CaseLoad::open).count();
    }

    /**
     * One child's case: the kinds of work it involves, the weight it counts for, and whether it is
     * open casework by the seeds' definition (an open episode of need, which includes children being
     * assessed and on plans, or an open protection plan; looked-after children once recorded).
     */
    public record CaseLoad(UUID childId, String childName, String mainKind, List<String> kinds, BigDecimal weight, boolean open) {

        /** The case's other kinds of work beyond the one it counts as (every case is also an allocated case, left out). */
        public List<String> alsoKinds() {
            return kinds.stream().skip(1).filter(k -> !k.equals(mainKind)).toList();
        }
    }
}
