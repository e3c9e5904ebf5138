package uk.org.beacon.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A kind of plan whose outcomes and actions are edited with the SMART editor (a child in need plan, a child
 * protection plan, …): the owner's entry class, addressed by its own plan's id. The owner checks access, that its
 * plan is still running and that the action or outcome is its own, and audits; {@link Plans} keeps the SMART plan.
 */
public interface SmartPlans {

    LocalDate today();

    PlanDetails addOutcome(UUID ownerPlanId, long expectedPlanVersion, String outcome);

    ActionSaved addAction(UUID ownerPlanId, UUID outcomeId, long expectedPlanVersion, PlanActionContent content);

    ActionSaved editAction(UUID ownerPlanId, UUID actionId, long expectedVersion, PlanActionContent content);

    PlanActionSummary withdrawAction(UUID ownerPlanId, UUID actionId, long expectedVersion, String reason);

    PlanActionSummary recordProgress(UUID ownerPlanId, UUID actionId, long expectedVersion, PlanActionStatus status, String note, LocalDate on);
}
