package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The workload weighting tool: each worker's cases weighted by kind of work against their capacity,
 * with the team's averages, open cases per worker, agency and permanent staff and vacancies, as at
 * any day. The kinds of work come from the practice modules' reporting views (an open child
 * protection or child in need plan, an assessment in progress, an open section 47 enquiry, an open
 * episode of need without a plan, an unborn child, a sibling group held by one worker), in one
 * set-based query per team. Weights and capacity settings are data, changed by an administrator or
 * a quality and performance officer with a reason (audited) and dated: a workload as at a day uses
 * the weights and settings in force that day.
 */
@Service
public class Workloads {

    static final String READERS = "hasAnyRole('SENIOR_LEADER','TEAM_MANAGER','QUALITY_PERFORMANCE')";
    static final String CONFIGURERS = "hasAnyRole('ADMINISTRATOR','QUALITY_PERFORMANCE')";
    static final String FULL_TIME_CAPACITY = "FULL_TIME_CAPACITY";
    static final String NEWLY_QUALIFIED_SHARE = "NEWLY_QUALIFIED_SHARE";

    /**
     * Each held case's kinds of work as at :asAt, one row per child and kind, over reporting views
     * only. {@code held} is the team's lead allocations to a worker on the day.
     */
    static final String KINDS_SQL = """
            WITH held AS (
              SELECT a.child_id, a.worker_id FROM reporting.allocation a
               WHERE a.lead AND a.team_id = :team AND a.worker_id IS NOT NULL
                 AND a.allocated_from <= :asAt AND (a.allocated_to IS NULL OR a.allocated_to > :asAt)
            ), status AS (
              SELECT h.child_id, h.worker_id,
                     EXISTS (SELECT 1 FROM reporting.cp_plan p WHERE p.child_id = h.child_id AND p.start_date <= :asAt
                                AND (p.end_date IS NULL OR p.end_date > :asAt)) AS cp_plan,
                     EXISTS (SELECT 1 FROM reporting.cin_plan p WHERE p.child_id = h.child_id AND p.start_date <= :asAt
                                AND (p.end_date IS NULL OR p.end_date > :asAt)) AS cin_plan,
                     EXISTS (SELECT 1 FROM reporting.assessment x WHERE x.child_id = h.child_id AND x.started_on <= :asAt
                                AND (x.authorised_on IS NULL OR x.authorised_on > :asAt)) AS assessment,
                     EXISTS (SELECT 1 FROM reporting.section47 e WHERE e.child_id = h.child_id AND e.started_on <= :asAt
                                AND (e.concluded_on IS NULL OR e.concluded_on > :asAt)) AS section47,
                     EXISTS (SELECT 1 FROM reporting.cin_episode e WHERE e.child_id = h.child_id AND e.referral_date <= :asAt
                                AND (e.closure_date IS NULL OR e.closure_date > :asAt)) AS episode,
                     EXISTS (SELECT 1 FROM reporting.person p WHERE p.person_id = h.child_id AND p.kind = 'UNBORN') AS unborn,
                     EXISTS (SELECT 1 FROM reporting.household_member m
                               JOIN reporting.household_member o ON o.household_key = m.household_key AND o.person_id <> m.person_id
                               JOIN held s ON s.child_id = o.person_id AND s.worker_id = h.worker_id
                              WHERE m.person_id = h.child_id
                                AND (m.moved_in IS NULL OR m.moved_in <= :asAt) AND (m.moved_out IS NULL OR m.moved_out > :asAt)
                                AND (o.moved_in IS NULL OR o.moved_in <= :asAt) AND (o.moved_out IS NULL OR o.moved_out > :asAt)) AS sibling
                FROM held h
            )
            SELECT s.child_id, s.worker_id, s.cp_plan OR s.episode AS open_case, k.kind
              FROM status s
              CROSS JOIN LATERAL (VALUES ('ALLOCATED_CASE', TRUE), ('CHILD_PROTECTION', s.cp_plan), ('CHILD_IN_NEED', s.cin_plan),
                                         ('ASSESSMENT', s.assessment), ('SECTION_47', s.section47),
                                         ('CHILD_IN_NEED_CASEWORK', s.episode AND NOT s.cp_plan AND NOT s.cin_plan),
                                         ('UNBORN', s.unborn), ('SIBLING_GROUP', s.sibling)) AS k (kind, present)
             WHERE k.present
            """;

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

    /** The weights in force today. */
    @PreAuthorize(READERS + " or " + CONFIGURERS)
    public List<WorkloadWeight> weights() {
        return weightsAsAt(today());
    }

    /** The weights in force on a day (each kind's latest change from that day or before). */
    @PreAuthorize(READERS + " or " + CONFIGURERS)
    public List<WorkloadWeight> weightsAsAt(LocalDate asAt) {
        return jdbc.sql("""
                SELECT w.id, w.kind, w.label, coalesce(v.weight, w.weight) AS weight, w.recognised, w.version
                  FROM performance.workload_weight w
                  LEFT JOIN LATERAL (SELECT x.weight FROM performance.workload_weight_version x WHERE x.kind = w.kind AND x.valid_from <= :asAt
                                      ORDER BY x.valid_from DESC, x.seq DESC LIMIT 1) v ON TRUE
                 ORDER BY w.ordinal
                """).param("asAt", asAt).query((rs, n) -> new WorkloadWeight(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("label"), rs.getBigDecimal("weight"), rs.getString("recognised"), rs.getLong("version"))).list();
    }

    /** The capacity settings in force today: key to value (full-time capacity, newly qualified share). */
    @PreAuthorize(READERS + " or " + CONFIGURERS)
    public Map<String, BigDecimal> settings() {
        return settingsAsAt(today());
    }

    /** The capacity settings in force on a day. */
    @PreAuthorize(READERS + " or " + CONFIGURERS)
    public Map<String, BigDecimal> settingsAsAt(LocalDate asAt) {
        Map<String, BigDecimal> settings = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.key, coalesce(v.value, s.value) FROM performance.workload_setting s
                  LEFT JOIN LATERAL (SELECT x.value FROM performance.workload_setting_version x WHERE x.key = s.key AND x.valid_from <= :asAt
                                      ORDER BY x.valid_from DESC, x.seq DESC LIMIT 1) v ON TRUE
                 ORDER BY s.key
                """).param("asAt", asAt).query(rs -> {
            settings.put(rs.getString(1), rs.getBigDecimal(2));
        });
        return settings;
    }

    /** The capacity settings with their labels and versions, for the page that changes them. */
    @PreAuthorize(READERS + " or " + CONFIGURERS)
    public List<WorkloadSetting> settingList() {
        return jdbc.sql("SELECT key, label, value, version FROM performance.workload_setting ORDER BY key")
                .query((rs, n) -> new WorkloadSetting(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4))).list();
    }

    /** Every dated change to a weight or setting, latest first (what applied from when, who changed it and why). */
    @PreAuthorize(READERS + " or " + CONFIGURERS)
    public List<WorkloadChange> changes() {
        return jdbc.sql("""
                SELECT w.label AS what, v.weight AS value, v.valid_from, v.recorded_at, s.display_name AS who, v.reason
                  FROM performance.workload_weight_version v JOIN performance.workload_weight w ON w.kind = v.kind
                  LEFT JOIN reporting.staff s ON s.staff_id = v.recorded_by
                UNION ALL
                SELECT t.label, v.value, v.valid_from, v.recorded_at, s.display_name, v.reason
                  FROM performance.workload_setting_version v JOIN performance.workload_setting t ON t.key = v.key
                  LEFT JOIN reporting.staff s ON s.staff_id = v.recorded_by
                 ORDER BY 3 DESC, 4 DESC, 1
                """).query((rs, n) -> new WorkloadChange(rs.getString("what"), rs.getBigDecimal("value"), rs.getObject("valid_from", LocalDate.class),
                        rs.getString("who"), rs.getString("reason"))).list();
    }

    /** Changes a kind of work's weight from today on (earlier days keep the weight then in force). */
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
        Timestamp at = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                UPDATE performance.workload_weight SET weight = :weight, changed_by = :me, changed_at = :at, change_reason = :reason, version = version + 1
                 WHERE kind = :kind AND version = :version
                """).param("weight", weight).param("me", me).param("at", at).param("reason", reason.trim())
                .param("kind", kind).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new EditConflictException(List.of(new FieldDifference("weight", before.weight().toPlainString(), weight.toPlainString())),
                    before.version());
        }
        jdbc.sql("""
                INSERT INTO performance.workload_weight_version (id, kind, weight, valid_from, recorded_at, recorded_by, reason)
                VALUES (:id, :kind, :weight, :from, :at, :me, :reason)
                """).param("id", UUID.randomUUID()).param("kind", kind).param("weight", weight).param("from", today()).param("at", at)
                .param("me", me).param("reason", reason.trim()).update();
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "WORKLOAD_WEIGHT", before.id(), reason.trim(),
                Map.of("kind", kind, "from", before.weight().toPlainString(), "to", weight.toPlainString(), "validFrom", today().toString())));
        return weights().stream().filter(w -> w.kind().equals(kind)).findFirst().orElseThrow();
    }

    /** Changes a capacity setting from today on (earlier days keep the value then in force). */
    @PreAuthorize(CONFIGURERS)
    @Transactional
    public WorkloadSetting changeSetting(String key, long expectedVersion, BigDecimal value, String reason) {
        WorkloadSetting before = settingList().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("No workload setting " + key));
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal most = NEWLY_QUALIFIED_SHARE.equals(key) ? BigDecimal.ONE : BigDecimal.valueOf(100);
        if (value == null || value.signum() <= 0 || value.compareTo(most) > 0) {
            errors.put("value", NEWLY_QUALIFIED_SHARE.equals(key) ? "Enter a share above 0 and up to 1, for example 0.8"
                    : "Enter a number of weighted cases above 0 and up to 100, for example 18");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Enter why the setting is changing");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID me = currentStaff.require().id();
        Timestamp at = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                UPDATE performance.workload_setting SET value = :value, changed_by = :me, changed_at = :at, change_reason = :reason, version = version + 1
                 WHERE key = :key AND version = :version
                """).param("value", value).param("me", me).param("at", at).param("reason", reason.trim())
                .param("key", key).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new EditConflictException(List.of(new FieldDifference("value", before.value().toPlainString(), value.toPlainString())),
                    before.version());
        }
        jdbc.sql("""
                INSERT INTO performance.workload_setting_version (id, key, value, valid_from, recorded_at, recorded_by, reason)
                VALUES (:id, :key, :value, :from, :at, :me, :reason)
                """).param("id", UUID.randomUUID()).param("key", key).param("value", value).param("from", today()).param("at", at)
                .param("me", me).param("reason", reason.trim()).update();
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "WORKLOAD_SETTING", null, reason.trim(),
                Map.of("key", key, "from", before.value().toPlainString(), "to", value.toPlainString(), "validFrom", today().toString())));
        return settingList().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** A team's workload as at a day, with the weights and settings in force that day. */
    @PreAuthorize(READERS)
    public TeamLoad team(UUID teamId, LocalDate asAt) {
        Map<String, Object> team = jdbc.sql("SELECT name, vacancies_fte FROM reporting.team WHERE team_id = :team").param("team", teamId)
                .query().listOfRows().stream().findFirst().orElseThrow(() -> new NotFoundException("No team " + teamId));
        Map<String, BigDecimal> settings = settingsAsAt(asAt);
        BigDecimal fullTime = settings.getOrDefault(FULL_TIME_CAPACITY, BigDecimal.valueOf(18));
        BigDecimal nqShare = settings.getOrDefault(NEWLY_QUALIFIED_SHARE, new BigDecimal("0.8"));
        List<WorkloadWeight> weights = weightsAsAt(asAt);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, BigDecimal> weightOf = new LinkedHashMap<>();
        weights.forEach(w -> {
            labels.put(w.kind(), w.label());
            weightOf.put(w.kind(), w.weight());
        });

        Map<UUID, Map<UUID, CaseKinds>> casesByWorker = new LinkedHashMap<>();
        jdbc.sql(KINDS_SQL).param("team", teamId).param("asAt", asAt).query(rs -> {
            UUID worker = rs.getObject("worker_id", UUID.class);
            UUID child = rs.getObject("child_id", UUID.class);
            boolean open = rs.getBoolean("open_case");
            casesByWorker.computeIfAbsent(worker, w -> new LinkedHashMap<>())
                    .computeIfAbsent(child, c -> new CaseKinds(new ArrayList<>(), open))
                    .kinds().add(rs.getString("kind"));
        });
        Map<UUID, String> names = childNames(casesByWorker.values().stream().flatMap(m -> m.keySet().stream()).toList());

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
                    List<WorkerLoad.CaseLoad> cases = new ArrayList<>();
                    casesByWorker.getOrDefault(id, Map.of()).forEach((child, k) -> {
                        String main = WorkloadRules.heaviest(k.kinds(), weightOf);
                        cases.add(new WorkerLoad.CaseLoad(child, names.get(child), labels.getOrDefault(main, main),
                                k.kinds().stream().sorted(java.util.Comparator.comparingInt(x -> List.copyOf(labels.keySet()).indexOf(x)))
                                        .map(x -> labels.getOrDefault(x, x)).toList(),
                                WorkloadRules.weight(k.kinds(), weightOf), k.open()));
                    });
                    cases.sort(java.util.Comparator.comparing(WorkerLoad.CaseLoad::weight).reversed()
                            .thenComparing(c -> c.childName() == null ? "" : c.childName()));
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

    private record CaseKinds(List<String> kinds, boolean open) {}

    private Map<UUID, String> childNames(List<UUID> children) {
        Map<UUID, String> names = new java.util.HashMap<>();
        if (children.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT person_id, full_name FROM reporting.person WHERE person_id = ANY (CAST(:ids AS uuid[]))")
                .param("ids", children.toArray(new UUID[0])).query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Scorecards.UK));
    }
}
