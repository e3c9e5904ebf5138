package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A child protection plan ended at a review conference on {@code endedOn} (CIN census CPPendDate) with the reason and step-down. */
public record ChildProtectionPlanEnded(UUID planId, UUID childId, UUID referralId, LocalDate endedOn, String reason, StepDown stepDown) {}
