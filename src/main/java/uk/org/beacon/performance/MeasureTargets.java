package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Measure targets and amber tolerances as dated, audited changes, like the workload weights: an
 * administrator or a quality and performance officer changes them with a reason, from today on
 * (figures as at an earlier day keep the target then in force, which {@link Scorecards} reads in
 * the same statement as the measures). Each change is a row of {@code performance.measure_target}
 * and a line of the audit trail (who, when, from what to what, why).
 */
@Service
public class MeasureTargets {

    static final String CONFIGURERS = "hasAnyRole('ADMINISTRATOR','QUALITY_PERFORMANCE')";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    MeasureTargets(JdbcClient jdbc, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Every dated target of a measure, latest first. */
    @PreAuthorize(Scorecards.READERS + " or " + CONFIGURERS)
    public List<TargetChange> history(String measureId) {
        return jdbc.sql("""
                SELECT t.id, t.measure_id, t.target, t.amber_tolerance, t.valid_from, t.recorded_at, s.display_name AS who, t.reason
                  FROM performance.measure_target t LEFT JOIN reporting.staff s ON s.staff_id = t.recorded_by
                 WHERE t.measure_id = :id
                 ORDER BY t.valid_from DESC, t.seq DESC
                """).param("id", measureId).query((rs, n) -> new TargetChange(rs.getObject("id", UUID.class), rs.getString("measure_id"),
                        rs.getBigDecimal("target"), rs.getBigDecimal("amber_tolerance"), rs.getObject("valid_from", LocalDate.class),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("who"), rs.getString("reason"))).list();
    }

    /**
     * Changes a measure's target and amber tolerance from today on; {@code expectedVersion} is the
     * measure's version as read (a stale one is an edit conflict). The numbers come as given
     * (a form's text, or a request's number as text) and are checked by {@link MeasureRules#targetErrors}.
     */
    @PreAuthorize(CONFIGURERS)
    @Transactional
    public TargetChange change(String measureId, long expectedVersion, String target, String amberTolerance, String reason) {
        Map<String, Object> before = jdbc.sql("SELECT unit, target, amber_tolerance, version FROM performance.measure WHERE id = :id")
                .param("id", measureId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No measure " + measureId));
        MeasureUnit unit = MeasureUnit.valueOf((String) before.get("unit"));
        Map<String, String> errors = MeasureRules.targetErrors(unit, target, amberTolerance, reason);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        BigDecimal newTarget = MeasureRules.number(target);
        BigDecimal newTolerance = MeasureRules.number(amberTolerance);
        BigDecimal oldTarget = (BigDecimal) before.get("target");
        BigDecimal oldTolerance = (BigDecimal) before.get("amber_tolerance");
        long version = ((Number) before.get("version")).longValue();
        UUID me = currentStaff.require().id();
        Timestamp at = Timestamp.from(clock.instant());
        String why = reason.trim();
        int updated = jdbc.sql("""
                UPDATE performance.measure SET target = :target, amber_tolerance = :tolerance, version = version + 1
                 WHERE id = :id AND version = :version
                """).param("target", newTarget).param("tolerance", newTolerance).param("id", measureId).param("version", expectedVersion).update();
        if (updated == 0) {
            List<FieldDifference> differences = new ArrayList<>();
            differences.add(new FieldDifference("target", plain(oldTarget), plain(newTarget)));
            differences.add(new FieldDifference("amberTolerance", plain(oldTolerance), plain(newTolerance)));
            throw new EditConflictException(differences, version);
        }
        UUID id = UUID.randomUUID();
        LocalDate from = today();
        jdbc.sql("""
                INSERT INTO performance.measure_target (id, measure_id, target, amber_tolerance, valid_from, recorded_at, recorded_by, reason)
                VALUES (:id, :measure, :target, :tolerance, :from, :at, :me, :reason)
                """).param("id", id).param("measure", measureId).param("target", newTarget).param("tolerance", newTolerance)
                .param("from", from).param("at", at).param("me", me).param("reason", why).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("measure", measureId);
        detail.put("targetFrom", plain(oldTarget));
        detail.put("targetTo", plain(newTarget));
        detail.put("amberToleranceFrom", plain(oldTolerance));
        detail.put("amberToleranceTo", plain(newTolerance));
        detail.put("validFrom", from.toString());
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "MEASURE_TARGET", id, why, detail));
        return history(measureId).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static String plain(BigDecimal value) {
        return Objects.toString(value == null ? null : value.stripTrailingZeros().toPlainString(), "none");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Scorecards.UK));
    }
}
