package uk.org.beacon.casework;

import static uk.org.beacon.casework.CaseworkRoles.MANAGERS;
import static uk.org.beacon.casework.CaseworkRoles.PRACTITIONERS;
import static uk.org.beacon.casework.CaseworkRoles.STAFF;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Case supervision recorded on the child's file: when it was held, the supervisor and the worker,
 * a summary of the discussion, the supervisor's reflective analysis and the actions agreed, each
 * with an owner and a date. Finalised when recorded; later words are appendments.
 */
@Service
public class Supervisions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final JdbcClient jdbc;
    private final CaseworkAccess access;
    private final OversightAppendments appendments;
    private final Staff staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Supervisions(JdbcClient jdbc, CaseworkAccess access, OversightAppendments appendments, Staff staff, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.appendments = appendments;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in manager records a supervision discussion they held about the child. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public SupervisionSummary record(UUID childId, SupervisionRecord record) {
        StaffSummary me = access.edit(childId);
        Map<String, String> errors = new java.util.LinkedHashMap<>(OversightRules.checkSupervision(record, LocalDate.now(clock)));
        List<SupervisionRecord.Action> actions = record.actions() == null ? List.of() : record.actions();
        Set<UUID> people = new HashSet<>();
        if (record.workerId() != null) {
            people.add(record.workerId());
        }
        actions.forEach(a -> {
            if (a.ownerId() != null) {
                people.add(a.ownerId());
            }
        });
        Map<UUID, String> names = staff.displayNames(people);
        if (record.workerId() != null && !names.containsKey(record.workerId())) {
            errors.putIfAbsent("workerId", "Select the worker supervised");
        }
        for (int i = 0; i < actions.size(); i++) {
            UUID owner = actions.get(i).ownerId();
            if (owner != null && !names.containsKey(owner)) {
                errors.putIfAbsent("actions[" + i + "].ownerId", "Select who owns action " + (i + 1));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework.supervision (id, child_id, held_on, supervisor_id, worker_id, summary, analysis, recorded_by, recorded_at)
                VALUES (:id, :child, :held, :supervisor, :worker, :summary, :analysis, :by, :at)
                """)
                .param("id", id).param("child", childId).param("held", record.heldOn()).param("supervisor", me.id())
                .param("worker", record.workerId()).param("summary", record.summary().trim()).param("analysis", record.analysis().trim())
                .param("by", me.id()).param("at", Timestamp.from(clock.instant()))
                .update();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            SupervisionRecord.Action a = actions.get(i);
            jdbc.sql("INSERT INTO casework.supervision_action (supervision_id, position, action, owner_id, due_on) VALUES (:s, :p, :a, :o, :d)")
                    .param("s", id).param("p", i + 1).param("a", a.action().trim()).param("o", a.ownerId()).param("d", a.dueOn())
                    .update();
            described.add(a.action().trim() + " (" + names.get(a.ownerId()) + ", by " + a.dueOn().format(DAY) + ")");
        }
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", childId, null, Map.of("supervision", id.toString())));
        events.publishEvent(new SupervisionRecorded(id, childId, record.heldOn(), me.id(), record.workerId(), record.summary().trim(),
                String.join("; ", described)));
        return find(id);
    }

    @PreAuthorize(PRACTITIONERS)
    @Transactional
    public SupervisionSummary append(UUID supervisionId, String text) {
        SupervisionSummary s = find(supervisionId);
        StaffSummary me = access.edit(s.childId());
        UUID id = appendments.append(OversightAppendments.SUPERVISION, supervisionId, s.childId(), text, me.id());
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", s.childId(), null,
                Map.of("supervision", supervisionId.toString(), "appendment", id.toString())));
        return find(supervisionId);
    }

    /** The child's supervision records, newest first; the view is audited. */
    @PreAuthorize(STAFF)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public List<SupervisionSummary> forChild(UUID childId) {
        access.read(childId, "supervision");
        return read(childId);
    }

    List<SupervisionSummary> read(UUID childId) {
        return withDetail(jdbc.sql(SELECT + " WHERE child_id = :child ORDER BY held_on DESC, recorded_at DESC")
                .param("child", childId).query(Supervisions::row).list());
    }

    SupervisionSummary find(UUID id) {
        return withDetail(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Supervisions::row).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No such supervision record"));
    }

    private List<SupervisionSummary> withDetail(List<SupervisionSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(SupervisionSummary::id).toList();
        List<Object[]> actionRows = jdbc.sql("""
                        SELECT supervision_id, action, owner_id, due_on FROM casework.supervision_action
                        WHERE supervision_id IN (:ids) ORDER BY supervision_id, position
                        """)
                .param("ids", ids)
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getDate(4).toLocalDate()})
                .list();
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.supervisorId());
            people.add(r.workerId());
        });
        actionRows.forEach(a -> people.add((UUID) a[2]));
        Map<UUID, String> names = staff.displayNames(people);
        Map<UUID, List<Appendment>> added = appendments.of(ids);
        return rows.stream().map(r -> new SupervisionSummary(r.id(), r.childId(), r.heldOn(), r.supervisorId(), names.get(r.supervisorId()),
                r.workerId(), names.get(r.workerId()), r.summary(), r.analysis(),
                actionRows.stream().filter(a -> a[0].equals(r.id()))
                        .map(a -> new SupervisionSummary.ActionSummary((String) a[1], (UUID) a[2], names.get((UUID) a[2]), (LocalDate) a[3])).toList(),
                r.recordedAt(), added.getOrDefault(r.id(), List.of()))).toList();
    }

    private static final String SELECT = """
            SELECT id, child_id, held_on, supervisor_id, worker_id, summary, analysis, recorded_at FROM casework.supervision""";

    private static SupervisionSummary row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new SupervisionSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate(),
                rs.getObject(4, UUID.class), null, rs.getObject(5, UUID.class), null, rs.getString(6), rs.getString(7), List.of(),
                rs.getTimestamp(8).toInstant(), List.of());
    }
}
