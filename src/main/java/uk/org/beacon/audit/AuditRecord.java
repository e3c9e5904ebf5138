package uk.org.beacon.audit;

import java.time.Instant;
import java.util.UUID;

/** A line of the audit trail as read back by an administrator. */
public record AuditRecord(
        long id, Instant occurredAt, UUID actorId, String action, String subjectType, UUID subjectId, String channel,
        String route, String reason, String detail) {}
