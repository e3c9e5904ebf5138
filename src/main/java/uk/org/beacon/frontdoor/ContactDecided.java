package uk.org.beacon.frontdoor;

import java.util.UUID;

/** The front door decided what happens with a contact (early help listens for step-down). */
public record ContactDecided(UUID contactId, UUID childId, ScreeningDecision decision) {}
