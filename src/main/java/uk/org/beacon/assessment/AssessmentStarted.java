package uk.org.beacon.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A child and family assessment started (CIN census {@code AssessmentActualStartDate}), from the referral named. */
public record AssessmentStarted(UUID assessmentId, UUID childId, UUID referralId, LocalDate startedOn, UUID workerId) {}
