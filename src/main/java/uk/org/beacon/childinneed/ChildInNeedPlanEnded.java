package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A child in need plan ended (CIN census {@code CINPlanEndDate}), with why. */
public record ChildInNeedPlanEnded(UUID childInNeedPlanId, UUID childId, UUID episodeId, LocalDate startedOn, LocalDate endedOn,
        PlanEndReason reason, String note, UUID endedBy) {}
