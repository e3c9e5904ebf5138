package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child protection plan ended on {@code endedOn} (CIN census CPPendDate) with the reason and where the child's
 * support goes: a child in need plan (starting on the same day), early help with the named lead professional and
 * their agency, nothing further, or another authority ({@code transferredTo}, which took the plan over at its
 * transfer-in conference). {@code endedBy} is the chair or manager who recorded it.
 */
public record ChildProtectionPlanEnded(UUID planId, UUID childId, UUID referralId, LocalDate endedOn, String reason, StepDown stepDown,
        String leadProfessionalName, String leadProfessionalAgency, String transferredTo, UUID endedBy) {}
