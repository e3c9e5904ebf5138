package uk.org.beacon.casework;

import java.util.List;
import java.util.UUID;

/**
 * Who holds a child's case now and who held it before: the lead (the case-holding team, with its
 * key worker or none yet), co-workers from other teams, the dated history and any transfer. Every
 * change to it names the {@code version} it was made from.
 */
public record CaseAllocation(UUID childId, AllocationSummary lead, List<AllocationSummary> coWorkers, List<AllocationSummary> history,
        List<TransferSummary> transfers, long version) {

    public boolean held() {
        return lead != null;
    }

    public boolean unallocated() {
        return lead == null || lead.workerId() == null;
    }

    public TransferSummary openTransfer() {
        return transfers.stream().filter(TransferSummary::open).findFirst().orElse(null);
    }
}
