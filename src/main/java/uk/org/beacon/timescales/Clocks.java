package uk.org.beacon.timescales;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The running clocks of the one timescale engine. A practice module starts a clock of a rule
 * (T2 from a referral, T5 from the strategy discussion, T9/T10 visits from a plan) for a child and
 * a subject, and stops it when the stop event happens. A clock met late needs the worker's reason
 * (a code from the late-reason list and their own words). Repeating rules (visits, reviews) restart
 * from the actual event, not from the previous due date (practice reference section 2, rule 5).
 * Clocks can be paused and resumed with a reason (the due date moves out by the time paused), and
 * ended when they no longer apply. Every reading is computed "as at" a day from the rule as this
 * authority applies it, so any past day's picture is reproduced and an override applies at once.
 */
@Component
public class Clocks {

    static final String AUDIT_SUBJECT = "TIMESCALE_CLOCK";
    static final String LATE_REASONS = "late-reason";

    private final JdbcClient jdbc;
    private final Timescales timescales;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Codes codes;
    private final Clock clock;

    Clocks(JdbcClient jdbc, Timescales timescales, AuditTrail audit, CurrentStaff currentStaff, Codes codes, Clock clock) {
        this.jdbc = jdbc;
        this.timescales = timescales;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.codes = codes;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The reasons a worker chooses from when a clock is met late. */
    public CodeSet lateReasons() {
        return codes.byName(LATE_REASONS);
    }

    /**
     * Starts a clock of a rule for a child about a subject (for example "REFERRAL" and the referral's
     * id). Starting the same rule for the same subject on the same day again returns the same clock.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UUID start(String ruleId, UUID childId, String subjectType, UUID subjectId, LocalDate startedOn) {
        return start(ruleId, childId, subjectType, subjectId, startedOn, null);
    }

    private UUID start(String ruleId, UUID childId, String subjectType, UUID subjectId, LocalDate startedOn, UUID previous) {
        timescales.rule(ruleId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (childId == null) {
            errors.put("childId", "Say which child the clock is for");
        }
        if (subjectType == null || subjectType.isBlank() || subjectId == null) {
            errors.put("subject", "Say what the clock is about");
        }
        if (startedOn == null) {
            errors.put("startedOn", "Enter the date the clock starts");
        } else if (startedOn.isAfter(today())) {
            errors.put("startedOn", "The start date must be today or in the past");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Optional<UUID> existing = jdbc.sql("""
                SELECT id FROM timescales.clock
                WHERE rule_id = :rule AND subject_type = :type AND subject_id = :subject AND started_on = :on
                """).param("rule", ruleId).param("type", subjectType).param("subject", subjectId).param("on", startedOn)
                .query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO timescales.clock (id, rule_id, child_id, subject_type, subject_id, started_on, previous_clock_id,
                                              started_at, started_by)
                VALUES (:id, :rule, :child, :type, :subject, :on, :previous, :at, :by)
                """).param("id", id).param("rule", ruleId).param("child", childId).param("type", subjectType)
                .param("subject", subjectId).param("on", startedOn).param("previous", previous)
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).update();
        audit.record(new AuditEntry(actor, AuditAction.CREATED, AUDIT_SUBJECT, id, null,
                Map.of("rule", ruleId, "child", childId.toString(), "subject", subjectType + " " + subjectId,
                        "startedOn", startedOn.toString())));
        return id;
    }

    /**
     * The stop event happened on {@code stoppedOn}. A stop after the due date needs a late reason; a
     * stop before the start, in the future, or of a clock already stopped or ended is refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ClockSummary stop(UUID clockId, LocalDate stoppedOn, LateReason lateReason) {
        Row row = lock(clockId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (row.stoppedOn != null || row.endedOn != null) {
            errors.put("stoppedOn", "This clock has already " + (row.stoppedOn != null ? "stopped on " + row.stoppedOn : "ended on " + row.endedOn));
        } else if (stoppedOn == null) {
            errors.put("stoppedOn", "Enter the date it happened");
        } else if (stoppedOn.isAfter(today())) {
            errors.put("stoppedOn", "The date it happened must be today or in the past");
        } else if (stoppedOn.isBefore(row.startedOn)) {
            errors.put("stoppedOn", "The date it happened must be on or after the clock started (" + row.startedOn + ")");
        }
        ClockReading reading = errors.isEmpty() ? reading(row, stoppedOn, stoppedOn).reading() : null;
        if (reading != null && reading.late()) {
            checkLateReason(row.ruleId, reading, lateReason, errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        boolean late = reading.late();
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                UPDATE timescales.clock SET stopped_on = :on, stopped_at = :at, stopped_by = :by, late_reason_code = :code,
                       late_reason_text = :text, version = version + 1
                WHERE id = :id
                """).param("on", stoppedOn).param("at", Timestamp.from(Instant.now(clock))).param("by", actor)
                .param("code", late ? lateReason.code() : null).param("text", late ? lateReason.text().trim() : null)
                .param("id", clockId).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("rule", row.ruleId);
        detail.put("stoppedOn", stoppedOn.toString());
        if (late) {
            detail.put("lateReason", lateReason.code());
        }
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, AUDIT_SUBJECT, clockId, late ? lateReason.text().trim() : null, detail));
        return find(clockId, today());
    }

    /** Would stopping this clock on {@code on} be late? Forms ask for a late reason only then. */
    @Transactional(readOnly = true)
    public boolean lateIfStoppedOn(UUID clockId, LocalDate on) {
        Row row = load(List.of(clockId)).stream().findFirst().orElseThrow(() -> new NotFoundException("No clock " + clockId));
        return row.open() && reading(row, on, on).reading().late();
    }

    /**
     * An event of a repeating rule (a visit, a review) happened on {@code eventOn}: each open clock of
     * these rules for the child that started on or before that day stops (late needs a reason), and
     * the next starts from the event's own date. Rules with no open clock for the child are ignored.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<ClockSummary> repeat(UUID childId, Collection<String> ruleIds, LocalDate eventOn, LateReason lateReason) {
        if (eventOn == null) {
            throw new RuleViolationException(Map.of("stoppedOn", "Enter the date it happened"));
        }
        List<Row> open = jdbc.sql("""
                SELECT id FROM timescales.clock
                WHERE child_id = :child AND rule_id IN (:rules) AND stopped_on IS NULL AND ended_on IS NULL AND started_on <= :on
                ORDER BY started_on, id
                """).param("child", childId).param("rules", ruleIds.isEmpty() ? List.of("") : List.copyOf(ruleIds))
                .param("on", eventOn).query(UUID.class).list().stream().map(this::lock).toList();
        List<ClockSummary> next = new ArrayList<>();
        for (Row row : open) {
            TimescaleRule rule = timescales.rule(row.ruleId);
            stop(row.id, eventOn, lateReason);
            if (rule.repeating()) {
                UUID id = start(row.ruleId, row.childId, row.subjectType, row.subjectId, eventOn, row.id);
                next.add(find(id, today()));
            }
        }
        return next;
    }

    /** Pauses a running clock from a day, with the reason; the due date moves out while paused. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','ADMINISTRATOR')")
    @Transactional
    public ClockSummary pause(UUID clockId, LocalDate from, String reason) {
        Row row = lock(clockId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!row.open()) {
            errors.put("pausedFrom", "Only a running clock can be paused");
        } else if (row.pauses.stream().anyMatch(p -> p.resumedOn() == null)) {
            errors.put("pausedFrom", "This clock is already paused");
        } else if (from == null) {
            errors.put("pausedFrom", "Enter the date the clock is paused from");
        } else if (from.isBefore(row.startedOn) || from.isAfter(today())) {
            errors.put("pausedFrom", "The pause must start between the clock's start (" + row.startedOn + ") and today");
        } else if (row.pauses.stream().anyMatch(p -> p.resumedOn() != null && from.isBefore(p.resumedOn()))) {
            errors.put("pausedFrom", "The pause must start after the last pause ended");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Enter why the clock is paused");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO timescales.clock_pause (clock_id, paused_from, reason, paused_at, paused_by)
                VALUES (:id, :from, :reason, :at, :by)
                """).param("id", clockId).param("from", from).param("reason", reason.trim())
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).update();
        bump(clockId);
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, AUDIT_SUBJECT, clockId, reason.trim(),
                Map.of("rule", row.ruleId, "pausedFrom", from.toString())));
        return find(clockId, today());
    }

    /** Resumes a paused clock on a day. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','ADMINISTRATOR')")
    @Transactional
    public ClockSummary resume(UUID clockId, LocalDate on) {
        Row row = lock(clockId);
        Deadlines.Pause open = row.pauses.stream().filter(p -> p.resumedOn() == null).findFirst()
                .orElseThrow(() -> new RuleViolationException(Map.of("resumedOn", "This clock is not paused")));
        if (on == null || on.isBefore(open.from()) || on.isAfter(today())) {
            throw new RuleViolationException(Map.of("resumedOn", "The clock must resume between the pause (" + open.from() + ") and today"));
        }
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                UPDATE timescales.clock_pause SET resumed_on = :on, resumed_at = :at, resumed_by = :by
                WHERE clock_id = :id AND resumed_on IS NULL
                """).param("on", on).param("at", Timestamp.from(Instant.now(clock))).param("by", actor).param("id", clockId).update();
        bump(clockId);
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, AUDIT_SUBJECT, clockId, null,
                Map.of("rule", row.ruleId, "resumedOn", on.toString())));
        return find(clockId, today());
    }

    /**
     * Ends a running clock that no longer applies (the plan ended, the case closed, started in error),
     * with the reason. An ended clock is neither met nor late. {@code expectedVersion} guards against
     * ending a clock someone else has just changed.
     */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','ADMINISTRATOR')")
    @Transactional
    public ClockSummary end(UUID clockId, long expectedVersion, LocalDate on, String reason) {
        Row row = lock(clockId);
        if (row.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("clock",
                    row.open() ? "running, changed since you opened it" : "stopped or ended", "running")), row.version);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!row.open()) {
            errors.put("endedOn", "This clock has already stopped or ended");
        } else if (on == null || on.isBefore(row.startedOn) || on.isAfter(today())) {
            errors.put("endedOn", "The end date must be between the clock's start (" + row.startedOn + ") and today");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("endReason", "Enter why the clock no longer applies");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                UPDATE timescales.clock SET ended_on = :on, end_reason = :reason, ended_at = :at, ended_by = :by, version = version + 1
                WHERE id = :id
                """).param("on", on).param("reason", reason.trim()).param("at", Timestamp.from(Instant.now(clock)))
                .param("by", actor).param("id", clockId).update();
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, AUDIT_SUBJECT, clockId, reason.trim(),
                Map.of("rule", row.ruleId, "endedOn", on.toString())));
        return find(clockId, today());
    }

    @Transactional(readOnly = true)
    public ClockSummary find(UUID clockId, LocalDate asAt) {
        return load(List.of(clockId)).stream().findFirst().map(row -> summary(row, asAt))
                .orElseThrow(() -> new NotFoundException("No clock " + clockId));
    }

    /** The pauses of a clock, oldest first, with their reasons. */
    @Transactional(readOnly = true)
    public List<ClockPause> pauses(UUID clockId) {
        return jdbc.sql("""
                SELECT paused_from, resumed_on, reason FROM timescales.clock_pause WHERE clock_id = :id ORDER BY paused_from, id
                """).param("id", clockId).query((rs, n) -> new ClockPause(rs.getObject("paused_from", LocalDate.class),
                        rs.getObject("resumed_on", LocalDate.class), rs.getString("reason"))).list();
    }

    /** Every clock of the child started on or before {@code asAt}, newest first. */
    @Transactional(readOnly = true)
    public List<ClockSummary> forChild(UUID childId, LocalDate asAt) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM timescales.clock WHERE child_id = :child AND started_on <= :asAt ORDER BY started_on DESC, started_at DESC
                """).param("child", childId).param("asAt", asAt).query(UUID.class).list();
        return load(ids).stream().map(row -> summary(row, asAt)).toList();
    }

    /** The clocks running on {@code asAt} (started by then, not stopped or ended by then) for these children, soonest due first. */
    @Transactional(readOnly = true)
    public List<ClockSummary> openFor(Collection<UUID> childIds, LocalDate asAt) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM timescales.clock
                WHERE child_id IN (:children) AND started_on <= :asAt
                  AND (stopped_on IS NULL OR stopped_on > :asAt) AND (ended_on IS NULL OR ended_on > :asAt)
                """).param("children", List.copyOf(childIds)).param("asAt", asAt).query(UUID.class).list();
        return load(ids).stream().map(row -> summary(row, asAt)).sorted(SOONEST_DUE).toList();
    }

    /** The clocks about one subject running on {@code asAt}. */
    @Transactional(readOnly = true)
    public List<ClockSummary> openForSubject(String subjectType, UUID subjectId, LocalDate asAt) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM timescales.clock
                WHERE subject_type = :type AND subject_id = :subject AND started_on <= :asAt
                  AND (stopped_on IS NULL OR stopped_on > :asAt) AND (ended_on IS NULL OR ended_on > :asAt)
                """).param("type", subjectType).param("subject", subjectId).param("asAt", asAt).query(UUID.class).list();
        return load(ids).stream().map(row -> summary(row, asAt)).sorted(SOONEST_DUE).toList();
    }

    private static final Comparator<ClockSummary> SOONEST_DUE = Comparator.comparing(ClockSummary::due)
            .thenComparing(ClockSummary::ruleId).thenComparing(ClockSummary::id);

    private void checkLateReason(String ruleId, ClockReading late, LateReason lateReason, Map<String, String> errors) {
        TimescaleRule rule = timescales.rule(ruleId);
        String what = rule.title().substring(0, 1).toLowerCase() + rule.title().substring(1);
        if (lateReason == null || lateReason.code() == null || lateReason.code().isBlank()) {
            errors.put("lateReasonCode", "This is late (" + what + " was due by " + late.due()
                    + "): choose why");
        } else if (!lateReasons().isActive(lateReason.code())) {
            errors.put("lateReasonCode", "Choose a reason from the list");
        }
        if (lateReason == null || lateReason.text() == null || lateReason.text().isBlank()) {
            errors.put("lateReasonText", "Explain in your own words why it was late");
        }
    }

    private void bump(UUID clockId) {
        jdbc.sql("UPDATE timescales.clock SET version = version + 1 WHERE id = :id").param("id", clockId).update();
    }

    private Row lock(UUID clockId) {
        jdbc.sql("SELECT id FROM timescales.clock WHERE id = :id FOR UPDATE").param("id", clockId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("No clock " + clockId));
        return load(List.of(clockId)).get(0);
    }

    private Deadlines.PausedReading reading(Row row, LocalDate stoppedOn, LocalDate asAt) {
        return timescales.deadlines().read(timescales.rule(row.ruleId), row.startedOn, stoppedOn, row.pauses, asAt);
    }

    private ClockSummary summary(Row row, LocalDate asAt) {
        TimescaleRule rule = timescales.rule(row.ruleId);
        LocalDate endedOn = row.endedOn != null && !row.endedOn.isAfter(asAt) ? row.endedOn : null;
        LocalDate stop = row.stoppedOn;
        Deadlines.PausedReading read = timescales.deadlines().read(rule, row.startedOn, stop, row.pauses,
                endedOn != null ? endedOn : asAt);
        ClockReading r = read.reading();
        boolean stopped = r.stoppedOn() != null;
        return new ClockSummary(row.id, rule.id(), rule.title(), row.childId, row.subjectType, row.subjectId, row.startedOn, r.due(),
                r.stoppedOn(), r.state(), r.workingOrCalendarDaysRemaining(), r.daysLate(), read.pausedNow() && endedOn == null,
                read.pausedDays(), stopped ? row.lateReasonCode : null, stopped ? row.lateReasonText : null, endedOn,
                endedOn != null ? row.endReason : null, row.version, asAt);
    }

    private List<Row> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Deadlines.Pause>> pauses = new HashMap<>();
        jdbc.sql("""
                SELECT clock_id, paused_from, resumed_on FROM timescales.clock_pause WHERE clock_id IN (:ids) ORDER BY paused_from, id
                """).param("ids", ids).query((rs, n) -> {
                    pauses.computeIfAbsent(rs.getObject("clock_id", UUID.class), k -> new ArrayList<>())
                            .add(new Deadlines.Pause(rs.getObject("paused_from", LocalDate.class), rs.getObject("resumed_on", LocalDate.class)));
                    return null;
                }).list();
        Map<UUID, Row> byId = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, rule_id, child_id, subject_type, subject_id, started_on, stopped_on, late_reason_code, late_reason_text,
                       ended_on, end_reason, version
                FROM timescales.clock WHERE id IN (:ids)
                """).param("ids", ids).query((rs, n) -> row(rs, pauses)).list().forEach(row -> byId.put(row.id, row));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Row row(ResultSet rs, Map<UUID, List<Deadlines.Pause>> pauses) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Row(id, rs.getString("rule_id"), rs.getObject("child_id", UUID.class), rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class), date(rs, "started_on"), date(rs, "stopped_on"), rs.getString("late_reason_code"),
                rs.getString("late_reason_text"), date(rs, "ended_on"), rs.getString("end_reason"), rs.getLong("version"),
                List.copyOf(pauses.getOrDefault(id, List.of())));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private record Row(UUID id, String ruleId, UUID childId, String subjectType, UUID subjectId, LocalDate startedOn,
            LocalDate stoppedOn, String lateReasonCode, String lateReasonText, LocalDate endedOn, String endReason, long version,
            List<Deadlines.Pause> pauses) {

        boolean open() {
            return stoppedOn == null && endedOn == null;
        }
    }
}
