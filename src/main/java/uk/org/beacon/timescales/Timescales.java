package uk.org.beacon.timescales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The one timescale engine. Each rule (T1 to T16 in the practice reference) is data: start event,
 * stop event, an amount of working days, calendar days, weeks, months or hours, with the national
 * default beside any local override. An administrator may tighten any rule or set a local one with
 * a reason; loosening a statutory rule (a later deadline than nationally, e.g. T5's 15 working days
 * to 20) also needs the reference of the recorded decision. Every change is audited with old and new
 * values, and superseded settings are kept. Clocks are read from parameters only, never a hidden now.
 * Calendar periods follow {@link Deadlines}: 7-day weeks, months clipped to the month's end, no
 * extension over weekends.
 */
@Component
public class Timescales {

    static final String AUDIT_SUBJECT = "TIMESCALE_RULE";
    private static final Duration REFRESH_EVERY = Duration.ofMinutes(5);
    private static final int MAX_AMOUNT = 1000;
    private static final Pattern RULE_ID = Pattern.compile("T(\\d+)(.*)");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final Deadlines deadlines;
    private volatile Map<String, TimescaleRule> rules;
    private volatile Instant loadedAt;

    Timescales(JdbcClient jdbc, WorkingDays workingDays, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.deadlines = new Deadlines(workingDays, clock.getZone());
    }

    /** Every rule as this authority applies it, in rule order (T1, T1a, T2 … T16). */
    public List<TimescaleRule> rules() {
        return List.copyOf(current().values());
    }

    Deadlines deadlines() {
        return deadlines;
    }

    public TimescaleRule rule(String id) {
        TimescaleRule rule = id == null ? null : current().get(id);
        if (rule == null) {
            throw new NotFoundException("No timescale rule " + id);
        }
        return rule;
    }

    /** The last day on which the stop event is in time, for a clock started on {@code start}. */
    public LocalDate due(String ruleId, LocalDate start) {
        return deadlines.due(rule(ruleId), start);
    }

    /** The moment an hours rule (T14, 72 hours) falls due; for other rules, the end of the due day. */
    public LocalDateTime dueAt(String ruleId, LocalDateTime start) {
        return deadlines.dueAt(rule(ruleId), start);
    }

    /**
     * The clock as it stood on {@code asAt}. For repeating rules pass the last actual event as
     * {@code start}. {@code stoppedOn} may be null (not stopped); a stop after {@code asAt} is ignored.
     */
    public ClockReading read(String ruleId, LocalDate start, LocalDate stoppedOn, LocalDate asAt) {
        return deadlines.read(rule(ruleId), start, stoppedOn, asAt);
    }

    /** Current and past local settings of a rule, newest first. */
    @Transactional(readOnly = true)
    public List<LocalOverride> history(String ruleId) {
        rule(ruleId);
        return jdbc.sql("""
                SELECT rule_id, amount, unit, day_zero, reason, decision_reference, set_by, set_at, superseded_at, superseded_by,
                       superseded_reason
                FROM timescales.local_override WHERE rule_id = :id ORDER BY set_at DESC, id DESC
                """)
                .param("id", ruleId)
                .query((rs, row) -> new LocalOverride(rs.getString(1), rs.getInt(2), TimescaleUnit.valueOf(rs.getString(3)),
                        DayZero.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                        rs.getTimestamp(8).toInstant(), instant(rs.getTimestamp(9)), rs.getObject(10, UUID.class), rs.getString(11)))
                .list();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public TimescaleRule override(String ruleId, long expectedVersion, int amount, String unit, String reason, String decisionReference) {
        return override(ruleId, expectedVersion, amount, unit, null, reason, decisionReference);
    }

    /**
     * Sets the local value of a rule; {@code dayZero} null keeps the national way of counting.
     * Refused field by field: no reason; an unknown unit; loosening a statutory rule without a
     * {@code decisionReference}. Someone else's change since {@code expectedVersion} is an edit conflict.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public TimescaleRule override(String ruleId, long expectedVersion, int amount, String unit, String dayZero, String reason,
            String decisionReference) {
        TimescaleRule saved = lockedRule(ruleId);
        Map<String, String> errors = new LinkedHashMap<>();
        TimescaleUnit newUnit = parse(TimescaleUnit.class, unit);
        if (newUnit == null) {
            errors.put("unit", "Select working days, calendar days, weeks, months or hours");
        }
        if (amount < 0 || amount > MAX_AMOUNT) {
            errors.put("amount", "Enter a number from 0 to " + MAX_AMOUNT);
        }
        DayZero newDayZero = dayZero == null || dayZero.isBlank() ? saved.nationalDayZero() : parse(DayZero.class, dayZero);
        if (newDayZero == null) {
            errors.put("dayZero", "Select how the start day is counted");
        }
        String why = trimmed(reason);
        if (why == null) {
            errors.put("reason", "Enter the reason for the local setting");
        } else if (why.length() > 2000) {
            errors.put("reason", "The reason must be 2000 characters or fewer");
        }
        String decision = trimmed(decisionReference);
        if (decision != null && decision.length() > 200) {
            errors.put("decisionReference", "The decision reference must be 200 characters or fewer");
        }
        if (saved.version() != expectedVersion) {
            throw new EditConflictException(differences(saved, amount, newUnit, newDayZero), saved.version());
        }
        if (errors.isEmpty() && saved.statutory() && decision == null
                && deadlines.later(saved, newUnit, amount, newDayZero, clock.instant().atZone(clock.getZone()).toLocalDate())) {
            errors.put("decisionReference", saved.id() + " is a statutory timescale: a later deadline than the national "
                    + saved.nationalDeadline() + " needs the reference of the recorded decision that allows it");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID actor = currentStaff.id().orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        supersede(ruleId, actor, now, why);
        long version = saved.version() + 1;
        jdbc.sql("""
                INSERT INTO timescales.local_override (rule_id, amount, unit, day_zero, reason, decision_reference, set_by, set_at, version)
                VALUES (:rule, :amount, :unit, :dayZero, :reason, :decision, :by, :at, :version)
                """)
                .param("rule", ruleId).param("amount", amount).param("unit", newUnit.name()).param("dayZero", newDayZero.name())
                .param("reason", why).param("decision", decision).param("by", actor).param("at", now).param("version", version)
                .update();
        bumpVersion(ruleId, version);
        Map<String, Object> detail = auditDetail(saved);
        detail.put("newSetting", newUnit.describe(amount));
        detail.put("newAmount", amount);
        detail.put("newUnit", newUnit.name());
        detail.put("newDayZero", newDayZero.name());
        if (decision != null) {
            detail.put("decisionReference", decision);
        }
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, AUDIT_SUBJECT, null, why, detail));
        refreshAfterCommit();
        return load().get(ruleId);
    }

    /** Returns a rule to its national default, keeping the removed setting in the history with the reason. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public TimescaleRule removeOverride(String ruleId, long expectedVersion, String reason) {
        TimescaleRule saved = lockedRule(ruleId);
        if (saved.version() != expectedVersion) {
            throw new EditConflictException(differences(saved, saved.nationalAmount(), saved.nationalUnit(), saved.nationalDayZero()),
                    saved.version());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String why = trimmed(reason);
        if (!saved.overridden()) {
            errors.put("reason", saved.id() + " has no local setting to remove: it already follows the national default");
        } else if (why == null) {
            errors.put("reason", "Enter the reason for returning to the national default");
        } else if (why.length() > 2000) {
            errors.put("reason", "The reason must be 2000 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID actor = currentStaff.id().orElse(null);
        supersede(ruleId, actor, Timestamp.from(clock.instant()), why);
        bumpVersion(ruleId, saved.version() + 1);
        Map<String, Object> detail = auditDetail(saved);
        detail.put("newSetting", saved.nationalDeadline() + " (national default)");
        detail.put("newAmount", saved.nationalAmount());
        detail.put("newUnit", saved.nationalUnit().name());
        detail.put("newDayZero", saved.nationalDayZero().name());
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, AUDIT_SUBJECT, null, why, detail));
        refreshAfterCommit();
        return load().get(ruleId);
    }

    private TimescaleRule lockedRule(String ruleId) {
        jdbc.sql("SELECT id FROM timescales.rule WHERE id = :id FOR UPDATE").param("id", ruleId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("No timescale rule " + ruleId));
        return load().get(ruleId);
    }

    private void supersede(String ruleId, UUID actor, Timestamp now, String reason) {
        jdbc.sql("""
                UPDATE timescales.local_override SET superseded_at = :at, superseded_by = :by, superseded_reason = :reason
                WHERE rule_id = :rule AND superseded_at IS NULL
                """)
                .param("at", now).param("by", actor).param("reason", reason).param("rule", ruleId)
                .update();
    }

    private void bumpVersion(String ruleId, long version) {
        jdbc.sql("UPDATE timescales.rule SET version = :version WHERE id = :id").param("version", version).param("id", ruleId).update();
    }

    private static Map<String, Object> auditDetail(TimescaleRule saved) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("ruleId", saved.id());
        detail.put("statutory", saved.statutory());
        detail.put("nationalDefault", saved.nationalDeadline());
        detail.put("oldSetting", saved.deadline() + (saved.overridden() ? " (local)" : " (national default)"));
        detail.put("oldAmount", saved.amount());
        detail.put("oldUnit", saved.unit().name());
        detail.put("oldDayZero", saved.dayZero().name());
        return detail;
    }

    private static List<FieldDifference> differences(TimescaleRule saved, int amount, TimescaleUnit unit, DayZero dayZero) {
        String yours = unit == null ? amount + " (unit not recognised)" : unit.describe(amount);
        List<FieldDifference> differences = new ArrayList<>();
        differences.add(new FieldDifference("Local setting", saved.overridden() ? saved.deadline() : "National default (" + saved.nationalDeadline() + ")", yours));
        if (dayZero != null && dayZero != saved.dayZero()) {
            differences.add(new FieldDifference("Start day", saved.dayZero().label(), dayZero.label()));
        }
        if (saved.overridden()) {
            differences.add(new FieldDifference("Reason", saved.overrideReason(), ""));
        }
        return differences;
    }

    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            refresh();
        }
    }

    private synchronized void refresh() {
        rules = load();
        loadedAt = clock.instant();
    }

    /** The rules held in memory, re-read every few minutes so a change made on another server is seen. */
    private Map<String, TimescaleRule> current() {
        if (rules == null || clock.instant().isAfter(loadedAt.plus(REFRESH_EVERY))) {
            refresh();
        }
        return rules;
    }

    private Map<String, TimescaleRule> load() {
        List<TimescaleRule> all = jdbc.sql("""
                SELECT r.id, r.title, r.start_event, r.stop_event, r.amount, r.unit, r.repeating, r.statutory, r.source, r.day_zero,
                       r.version, o.amount, o.unit, o.day_zero, o.reason, o.decision_reference
                FROM timescales.rule r
                LEFT JOIN timescales.local_override o ON o.rule_id = r.id AND o.superseded_at IS NULL
                """)
                .query(Timescales::map)
                .list();
        Map<String, TimescaleRule> byId = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(TimescaleRule::id, Timescales::ruleOrder)).forEach(r -> byId.put(r.id(), r));
        return Collections.unmodifiableMap(byId);
    }

    private static TimescaleRule map(ResultSet rs, int row) throws SQLException {
        int nationalAmount = rs.getInt(5);
        TimescaleUnit nationalUnit = TimescaleUnit.valueOf(rs.getString(6));
        DayZero nationalDayZero = DayZero.valueOf(rs.getString(10));
        String reason = rs.getString(15);
        boolean overridden = reason != null;
        return new TimescaleRule(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                overridden ? rs.getInt(12) : nationalAmount,
                overridden ? TimescaleUnit.valueOf(rs.getString(13)) : nationalUnit,
                rs.getBoolean(7), rs.getBoolean(8), rs.getString(9), nationalAmount, nationalUnit, reason,
                overridden ? DayZero.valueOf(rs.getString(14)) : nationalDayZero, nationalDayZero, rs.getString(16), rs.getLong(11));
    }

    /** T1, T1a, T2 … T9, T10: by number, then by what follows it. */
    static int ruleOrder(String a, String b) {
        Matcher ma = RULE_ID.matcher(a);
        Matcher mb = RULE_ID.matcher(b);
        if (ma.matches() && mb.matches()) {
            int byNumber = Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
            return byNumber != 0 ? byNumber : ma.group(2).compareTo(mb.group(2));
        }
        if (ma.matches() != mb.matches()) {
            return ma.matches() ? -1 : 1; // the practice reference's T rules first, then local rules (L1…)
        }
        return a.compareTo(b);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
