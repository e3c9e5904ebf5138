package uk.org.beacon.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A manager authorised an item, or returned it with the rationale; the module that asked for the
 * sign-off listens for its own {@code kind} and carries on.
 */
public record AuthorisationDecided(UUID authorisationId, String kind, UUID subjectId, UUID childId, boolean authorised, String rationale,
        UUID decidedBy, Instant decidedAt) {}
