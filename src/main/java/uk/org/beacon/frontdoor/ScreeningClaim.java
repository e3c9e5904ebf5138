package uk.org.beacon.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** Who is screening a contact: if {@code yours} is false, someone else has it (and since when). */
public record ScreeningClaim(boolean yours, UUID screenerId, Instant since) {}
