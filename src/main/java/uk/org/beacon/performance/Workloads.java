package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The workload weighting tool: each worker's cases weighted by kind of work (weights as data,
 * changed by an administrator or a quality and performance officer with a reason, audited)
 * against their capacity, with the team's averages, agency and permanent staff and vacancies, as
 * at any day. One set-based query per team; the kinds of work are recognised from the reporting
 * views (the clocks running for the child, the person's kind).
 */
@Service
public class Workloads {

    static final String READERS = "hasAnyRole('SENIOR_LEADER','TEAM_MANAGER','QUALITY_PERFORMANCE')";
    static final String CONFIGURERS = "hasAnyRole('ADMINISTRATOR','QUALITY_PERFORMANCE')";
    static final String FULL_TIME_CAPACITY = "FULL_TIME_CAPACITY";
    static final String NEWLY_QUALIFIED_SHARE = "NEWLY_QUALIFIED_SHARE";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    Workloads(JdbcClient jdbc, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @PreAuthorize(READERS + " or " + CONFIGURERS)
    public List<WorkloadWeight> weights() {
        return jdbc.sql("SELECT * FROM performance.workload_weight ORDER BY ordinal").query((rs, n) -> new WorkloadWeight(
                rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("label"), rs.getBigDecimal("weight"),
                strings(rs.getArray("rule_ids")), rs.getString("person_kind"), rs.getString("recognised"), rs.getLong("version"))).list();
    }

    /** The capacity settings: key to value (full-time capacity, newly qualified share). */
    @PreAuthorize(READERS + " or " + CONFIGURERS)
    public Map<String, BigDecimal> settings() {
        Map<String, BigDecimal> settings = new LinkedHashMap<>();
        jdbc.sql("SELECT key, value FROM performance.workload_setting ORDER BY key").query(rs -> {
            settings.put(rs.getString(1), rs.getBigDecimal(2));
        });
        return settings;
    }

    @PreAuthorize(CONFIGURERS)
    @Transactional
    public WorkloadWeight changeWeight(String kind, long expectedVersion, BigDecimal weight, String reason) {
        WorkloadWeight before = weights().stream().filter(w -> w.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("No kind of work " + kind));
        Map<String, String> errors = new LinkedHashMap<>();
        if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.TEN) > 0) {
            errors.put("weight", "Enter a weight from 0 to 10, for example 1.5");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Enter why the weight is changing");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID me = currentStaff.require().id();
        int updated = jdbc.sql("""
                UPDATE performance.workload_weight SET weight = :weight, changed_by = :me, changed_at = :at, change_reason = :reason, version = version + 1
                 WHERE kind = :kind AND version = :version
                """).param("weight", weight).param("me", me).param("at", Timestamp.from(clock.instant())).param("reason", reason.trim())
                .param("kind", kind).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new EditConflictException(List.of(new FieldDifference("weight", before.weight().toPlainString(), weight.toPlainString())),
                    before.version());
        }
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "WORKLOAD_WEIGHT", before.id(), reason.trim(),
                Map.of("kind", kind, "from", before.weight().toPlainString(), "to", weight.toPlainString())));
        return weights().stream().filter(w -> w.kind().equals(kind)).findFirst().orElseThrow();
    }

    /** A team's workload as at a day. */
    @PreAuthorize(READERS)
    public TeamLoad team(UUID teamId, LocalDate asAt) {
        Map<String, Object> team = jdbc.sql("SELECT name, vacancies_fte FROM reporting.team WHERE team_id = :team").param("team", teamId)
                .query().listOfRows().stream().findFirst().orElseThrow(() -> new NotFoundException("No team " + teamId));
        Map<String, BigDecimal> settings = settings();
        BigDecimal fullTime = settings.getOrDefault(FULL_TIME_CAPACITY, BigDecimal.valueOf(18));
        BigDecimal nqShare = settings.getOrDefault(NEWLY_QUALIFIED_SHARE, new BigDecimal("0.8"));
        List<WorkloadWeight> weights = weights();
        Map<String, String> labels = new LinkedHashMap<>();
        weights.forEach(w -> labels.put(w.kind(), w.label()));

        Map<UUID, List<WorkerLoad.CaseLoad>> casesByWorker = new LinkedHashMap<>();
        jdbc.sql("""
                WITH held AS (
                  SELECT a.child_id, a.worker_id FROM reporting.allocation a
                   WHERE a.lead AND a.team_id = :team AND a.worker_id IS NOT NULL
                     AND a.allocated_from <= :asAt AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
                ), kinds AS (
                  SELECT h.child_id, h.worker_id, w.kind, w.weight FROM held h JOIN performance.workload_weight w ON w.kind = 'ALLOCATED_CASE'
                  UNION
                  SELECT h.child_id, h.worker_id, w.kind, w.weight FROM held h
                    JOIN timescales_running k ON k.child_id = h.child_id
                    JOIN performance.workload_weight w ON k.rule_id = ANY (w.rule_ids)
                  UNION
                  SELECT h.child_id, h.worker_id, w.kind, w.weight FROM held h
                    JOIN reporting.person p ON p.person_id = h.child_id JOIN performance.workload_weight w ON w.person_kind = p.kind
                )
                SELECT k.worker_id, k.child_id, max(p.full_name) AS child_name, max(k.weight) AS weight,
                       (array_agg(k.kind ORDER BY k.weight DESC, k.kind))[1] AS main_kind, array_agg(k.kind ORDER BY k.kind) AS kinds
                  FROM kinds k LEFT JOIN reporting.person p ON p.person_id = k.child_id
                 GROUP BY k.worker_id, k.child_id
                 ORDER BY k.worker_id, max(k.weight) DESC, max(p.full_name)
                """.replace("timescales_running", """
                (SELECT c.child_id, c.rule_id FROM reporting.clock c WHERE c.open_until > :asAt AND c.started_on <= :asAt)"""))
                .param("team", teamId).param("asAt", asAt)
                .query(rs -> {
                    UUID worker = rs.getObject("worker_id", UUID.class);
                    List<String> kinds = strings(rs.getArray("kinds")).stream().map(k -> labels.getOrDefault(k, k)).toList();
                    casesByWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(new WorkerLoad.CaseLoad(rs.getObject("child_id", UUID.class),
                            rs.getString("child_name"), labels.getOrDefault(rs.getString("main_kind"), rs.getString("main_kind")), kinds,
                            rs.getBigDecimal("weight")));
                });

        List<WorkerLoad> workers = new ArrayList<>();
        jdbc.sql("""
                SELECT s.staff_id, s.display_name, s.employment, s.fte, s.newly_qualified, s.capacity_override,
                       'SOCIAL_WORKER' = ANY (s.roles) AS case_holder
                  FROM reporting.staff s
                 WHERE (s.team_id = :team AND s.active) OR s.staff_id IN (SELECT unnest(CAST(:holders AS uuid[])))
                 ORDER BY s.display_name
                """).param("team", teamId).param("holders", casesByWorker.keySet().toArray(new UUID[0]))
                .query(rs -> {
                    UUID id = rs.getObject("staff_id", UUID.class);
                    List<WorkerLoad.CaseLoad> cases = casesByWorker.getOrDefault(id, List.of());
                    boolean holder = rs.getBoolean("case_holder") || !cases.isEmpty();
                    if (!holder) {
                        return;
                    }
                    BigDecimal fte = rs.getBigDecimal("fte");
                    boolean nq = rs.getBoolean("newly_qualified");
                    BigDecimal override = rs.getBigDecimal("capacity_override");
                    BigDecimal capacity = override != null ? override
                            : WorkloadRules.capacity(fullTime, fte, nq, nqShare);
                    BigDecimal weighted = cases.stream().map(WorkerLoad.CaseLoad::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
                    workers.add(new WorkerLoad(id, rs.getString("display_name"), rs.getString("employment"), fte, nq, override != null,
                            cases.size(), weighted, capacity, cases));
                });
        Integer unallocated = jdbc.sql("""
                SELECT count(*) FROM reporting.allocation a WHERE a.lead AND a.team_id = :team AND a.worker_id IS NULL
                   AND a.allocated_from <= :asAt AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
                """).param("team", teamId).param("asAt", asAt).query(Integer.class).single();
        return new TeamLoad(teamId, (String) team.get("name"), asAt, workers, unallocated, (BigDecimal) team.get("vacancies_fte"), weights);
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
