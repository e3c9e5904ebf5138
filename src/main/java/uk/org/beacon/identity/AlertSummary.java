package uk.org.beacon.identity;

import java.time.Instant;
import java.util.UUID;

/** An alert for a manager, such as a broken glass on a restricted record. */
public record AlertSummary(UUID id, String kind, UUID aboutStaffId, UUID aboutPersonId, String message, Instant raisedAt) {}
