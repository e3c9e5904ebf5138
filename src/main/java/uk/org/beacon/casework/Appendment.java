package uk.org.beacon.casework;

import java.time.Instant;
import java.util.UUID;

/** A later word on a finalised decision or supervision record, with who added it and when; the record itself never changes. */
public record Appendment(UUID id, String text, UUID appendedBy, String appendedByName, Instant appendedAt) {}
