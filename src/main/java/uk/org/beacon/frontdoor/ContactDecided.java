package uk.org.beacon.frontdoor;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The front door decided what happens with a contact (early help listens for step-down).
 * {@code decidedAt} is the practice time of the decision (UK local time), apart from when it was
 * typed up or agreed by a manager; {@code rationale} is what the screener weighed.
 */
public record ContactDecided(UUID contactId, UUID childId, ScreeningDecision decision, LocalDateTime decidedAt, String rationale) {}
