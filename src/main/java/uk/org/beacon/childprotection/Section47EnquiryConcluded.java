package uk.org.beacon.childprotection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager signed off the outcome of a section 47 enquiry. When the outcome needs no initial
 * conference the enquiry is finished ({@code ICPCnotRequired} = 1); otherwise it waits for the
 * conference, due by {@code initialConferenceDue} (T5).
 */
public record Section47EnquiryConcluded(UUID enquiryId, UUID childId, UUID referralId, LocalDate startedOn, LocalDate concludedOn,
        Section47Outcome outcome, LocalDate initialConferenceDue) {

    /** CIN census {@code ICPCnotRequired}. */
    public boolean conferenceNotRequired() {
        return !outcome.conferenceNeeded();
    }
}
