package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A review conference of the plan (CIN census CPPreviewDate): its decision, any change of category, the chair and summary. */
public record ChildProtectionReview(UUID id, LocalDate heldOn, ReviewDecision decision, String categoryFrom, String categoryTo, UUID chairId,
        String summary, String lateReason) {}
