package uk.org.beacon.identity;

import java.util.Set;
import java.util.UUID;

/** A record was restricted to named staff (or the restriction was lifted). */
public record RecordRestricted(UUID personId, UUID restrictedBy, boolean lifted, Set<UUID> namedStaff, String reason) {}
