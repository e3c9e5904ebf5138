package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child in need plan period (CIN census {@code CINPlanDates}) with its clocks as at today: when the
 * next review and the next visit are due (T10-review, T10), and the last review held.
 */
public record ChildInNeedPlanSummary(UUID id, UUID episodeId, UUID childId, UUID planId, LocalDate startedOn, LocalDate endedOn,
        PlanEndReason endReason, String endNote, long version, LocalDate lastReviewOn, LocalDate nextReviewDue, LocalDate nextVisitDue) {

    public boolean open() {
        return endedOn == null;
    }
}
