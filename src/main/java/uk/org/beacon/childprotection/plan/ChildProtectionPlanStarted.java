package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child became subject to a child protection plan on {@code startedOn} (CIN census CPPstartDate) with the category
 * of abuse: made by an initial conference, or continued here by a transfer-in conference from the authority named in
 * {@code transferredInFrom}.
 */
public record ChildProtectionPlanStarted(UUID planId, UUID childId, UUID referralId, LocalDate startedOn, String category,
        String transferredInFrom) {}
