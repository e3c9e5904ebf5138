package uk.org.beacon.audit;

import java.util.Map;
import java.util.UUID;

/**
 * One line of the audit trail: who ({@code actorId}) did what to which record, and why where a
 * reason was given. {@code detail} holds identifiers and field names, never personal data.
 */
public record AuditEntry(UUID actorId, AuditAction action, String subjectType, UUID subjectId, String reason, Map<String, Object> detail) {

    public static AuditEntry of(UUID actorId, AuditAction action, String subjectType, UUID subjectId) {
        return new AuditEntry(actorId, action, subjectType, subjectId, null, Map.of());
    }
}
