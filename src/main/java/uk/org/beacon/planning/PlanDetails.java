package uk.org.beacon.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan in full: whose it is ({@code ownerModule} and its {@code subjectId}, e.g. a child in need
 * plan), the child, its outcomes in order, and whether it is closed (the owner ended it; closed plans
 * are read-only). {@code version} changes whenever anything in the plan changes.
 */
public record PlanDetails(UUID id, String ownerModule, UUID subjectId, UUID childId, LocalDate closedOn, long version,
        List<PlanOutcomeDetails> outcomes) {

    public boolean closed() {
        return closedOn != null;
    }

    public List<PlanOutcomeDetails> currentOutcomes() {
        return outcomes.stream().filter(o -> !o.withdrawn()).toList();
    }

    public long actionCount() {
        return currentOutcomes().stream().mapToLong(o -> o.currentActions().size()).sum();
    }
}
