package uk.org.beacon.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.web.RuleViolationException;

/** Appendments to finalised decisions and supervision records: added, never edited. */
@Component
class OversightAppendments {

    static final String DECISION = "MANAGEMENT_DECISION";
    static final String SUPERVISION = "SUPERVISION";

    private final JdbcClient jdbc;
    private final Staff staff;
    private final Clock clock;

    OversightAppendments(JdbcClient jdbc, Staff staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    UUID append(String recordType, UUID recordId, UUID childId, String text, UUID by) {
        if (text == null || text.trim().length() < 5) {
            throw new RuleViolationException(Map.of("appendment", "Enter what you are adding to the record (at least 5 characters)"));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework.oversight_appendment (id, record_type, record_id, child_id, text, appended_by, appended_at)
                VALUES (:id, :type, :record, :child, :text, :by, :at)
                """)
                .param("id", id).param("type", recordType).param("record", recordId).param("child", childId).param("text", text.trim())
                .param("by", by).param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Appendments of these records, oldest first, by record. */
    Map<UUID, List<Appendment>> of(Collection<UUID> recordIds) {
        Map<UUID, List<Appendment>> result = new LinkedHashMap<>();
        if (recordIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = jdbc.sql("""
                        SELECT record_id, id, text, appended_by, appended_at FROM casework.oversight_appendment
                        WHERE record_id IN (:ids) ORDER BY appended_at, id
                        """)
                .param("ids", recordIds)
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant()})
                .list();
        Map<UUID, String> names = staff.displayNames(rows.stream().map(r -> (UUID) r[3]).toList());
        for (Object[] r : rows) {
            result.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>())
                    .add(new Appendment((UUID) r[1], (String) r[2], (UUID) r[3], names.get((UUID) r[3]), (java.time.Instant) r[4]));
        }
        return result;
    }
}
