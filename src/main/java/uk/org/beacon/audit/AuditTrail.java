package uk.org.beacon.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The one audit trail. Every view and change of a child's record is written here in the same
 * transaction as the change, with the page or API route it came through. Read back by
 * administrators per record ("who has looked at this child?") and per member of staff.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        HttpServletRequest request = currentRequest();
        String route = request == null ? null : request.getMethod() + " " + request.getRequestURI();
        String channel = request == null ? "SYSTEM" : request.getRequestURI().startsWith("/api/") ? "API" : "PAGE";
        jdbc.sql("""
                INSERT INTO audit.audit_event (occurred_at, actor_id, action, subject_type, subject_id, channel, route, reason, detail)
                VALUES (:at, :actor, :action, :type, :subject, :channel, :route, :reason, CAST(:detail AS jsonb))
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", entry.actorId())
                .param("action", entry.action().name())
                .param("type", entry.subjectType())
                .param("subject", entry.subjectId())
                .param("channel", channel)
                .param("route", route)
                .param("reason", entry.reason())
                .param("detail", entry.detail() == null || entry.detail().isEmpty() ? null : json.writeValueAsString(entry.detail()))
                .update();
    }

    /** The same action on many records at once (bulk registration, migration), one row each, in one statement. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(UUID actorId, AuditAction action, String subjectType, List<UUID> subjectIds, String route) {
        jdbc.sql("""
                INSERT INTO audit.audit_event (occurred_at, actor_id, action, subject_type, subject_id, channel, route)
                SELECT :at, :actor, :action, :type, id, 'SYSTEM', :route FROM unnest(CAST(:ids AS uuid[])) AS id
                """)
                .param("at", Timestamp.from(clock.instant())).param("actor", actorId).param("action", action.name())
                .param("type", subjectType).param("route", route).param("ids", subjectIds.toArray(UUID[]::new))
                .update();
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> forSubject(UUID subjectId, int limit) {
        return jdbc.sql(SELECT + " WHERE subject_id = :id ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .param("id", subjectId).param("limit", limit)
                .query(AuditTrail::map).list();
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> byActor(UUID actorId, int limit) {
        return jdbc.sql(SELECT + " WHERE actor_id = :id ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .param("id", actorId).param("limit", limit)
                .query(AuditTrail::map).list();
    }

    private static final String SELECT =
            "SELECT id, occurred_at, actor_id, action, subject_type, subject_id, channel, route, reason, detail::text FROM audit.audit_event";

    private static AuditRecord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
    }
}
