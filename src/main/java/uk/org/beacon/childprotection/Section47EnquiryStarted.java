package uk.org.beacon.childprotection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A section 47 enquiry started (CIN census {@code S47ActualStartDate}) from the strategy discussion
 * named; the initial conference is due by {@code initialConferenceDue} (T5, CIN census
 * {@code InitialCPCtarget}).
 */
public record Section47EnquiryStarted(UUID enquiryId, UUID childId, UUID referralId, UUID strategyDiscussionId, LocalDate startedOn,
        LocalDate initialConferenceDue) {}
