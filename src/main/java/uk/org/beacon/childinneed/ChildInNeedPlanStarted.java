package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A child in need plan started (CIN census {@code CINPlanStartDate}); {@code planId} is the SMART plan in planning. */
public record ChildInNeedPlanStarted(UUID childInNeedPlanId, UUID childId, UUID episodeId, UUID planId, LocalDate startedOn, UUID startedBy) {}
