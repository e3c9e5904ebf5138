package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A review of a child in need plan: when, what it found and decided, when the next is due, and why it was late if it was. */
public record ChildInNeedPlanReview(UUID id, LocalDate heldOn, String summary, LocalDate nextReviewDue, String lateReason, UUID recordedBy) {}
