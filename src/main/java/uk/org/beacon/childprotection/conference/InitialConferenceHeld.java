package uk.org.beacon.childprotection.conference;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An initial child protection conference was held on {@code heldOn} (CIN census {@code DateOfInitialCPC},
 * stops T5). {@code planDecided} is whether the child became subject to a child protection plan, with the
 * category of abuse ({@code abuse-category} code) when so.
 */
public record InitialConferenceHeld(UUID conferenceId, UUID childId, UUID enquiryId, UUID referralId, LocalDate heldOn,
        boolean planDecided, String category, UUID chairId) {}
