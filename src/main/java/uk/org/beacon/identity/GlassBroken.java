package uk.org.beacon.identity;

import java.time.Instant;
import java.util.UUID;

/** Someone not named on a restricted record opened it anyway, giving a reason; their manager is alerted. */
public record GlassBroken(UUID personId, UUID staffId, String reason, Instant until) {}
