package uk.org.beacon.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.org.beacon.identity.RecordAccess;

/**
 * Data quality: rules as data ({@code performance.quality_rule}), each listing the items it checks
 * as at a day with whether they pass; scores per rule, team and worker as "% accurate completion"
 * in one query over every rule, and each worker's list of fixes with links to the record.
 */
@Service
public class DataQuality {

    static final String READERS = "hasAnyRole('SENIOR_LEADER','TEAM_MANAGER','QUALITY_PERFORMANCE','SOCIAL_WORKER')";

    private final JdbcClient jdbc;
    private final RecordAccess recordAccess;

    DataQuality(JdbcClient jdbc, RecordAccess recordAccess) {
        this.jdbc = jdbc;
        this.recordAccess = recordAccess;
    }

    @PreAuthorize(READERS)
    public List<QualityRule> rules() {
        return jdbc.sql("SELECT * FROM performance.quality_rule WHERE NOT retired ORDER BY ordinal, id").query((rs, n) -> new QualityRule(
                rs.getString("id"), rs.getString("title"), rs.getString("description"), rs.getString("check_sql"), rs.getString("fix_hint"))).list();
    }

    /** Scores by rule. */
    @PreAuthorize(READERS)
    public List<QualityScore> byRule(LocalDate asAt, UUID teamId) {
        List<QualityRule> rules = rules();
        return jdbc.sql("""
                SELECT c.rule_id, count(*) AS checked, count(*) FILTER (WHERE c.passed) AS passed FROM (%s) c
                 WHERE CAST(:team AS uuid) IS NULL OR c.team_id = CAST(:team AS uuid)
                 GROUP BY c.rule_id
                """.formatted(all(rules))).param("asAt", asAt).param("team", teamId)
                .query((rs, n) -> new QualityScore(rs.getString(1), null, title(rules, rs.getString(1)), rs.getLong(2), rs.getLong(3))).list()
                .stream().sorted(java.util.Comparator.comparingInt(s -> indexOf(rules, s.key()))).toList();
    }

    /** Scores by team (every team with items checked). */
    @PreAuthorize(READERS)
    public List<QualityScore> byTeam(LocalDate asAt) {
        return jdbc.sql("""
                SELECT c.team_id, coalesce(t.name, 'No team'), count(*), count(*) FILTER (WHERE c.passed) FROM (%s) c
                  LEFT JOIN reporting.team t ON t.team_id = c.team_id
                 GROUP BY c.team_id, t.name ORDER BY 4::numeric / count(*), 2
                """.formatted(all(rules()))).param("asAt", asAt)
                .query((rs, n) -> new QualityScore("TEAM", rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Scores by worker in a team. */
    @PreAuthorize(READERS)
    public List<QualityScore> byWorker(LocalDate asAt, UUID teamId) {
        return jdbc.sql("""
                SELECT c.worker_id, coalesce(s.display_name, 'No worker'), count(*), count(*) FILTER (WHERE c.passed) FROM (%s) c
                  LEFT JOIN reporting.staff s ON s.staff_id = c.worker_id
                 WHERE c.team_id = :team
                 GROUP BY c.worker_id, s.display_name ORDER BY 4::numeric / count(*), 2
                """.formatted(all(rules()))).param("asAt", asAt).param("team", teamId)
                .query((rs, n) -> new QualityScore("WORKER", rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** A worker's fixes: every failing item attributed to them, by rule. */
    @PreAuthorize(READERS)
    public List<QualityFix> fixes(UUID workerId, LocalDate asAt) {
        List<QualityRule> rules = rules();
        List<QualityFix> fixes = jdbc.sql("""
                SELECT c.rule_id, c.item_id, c.child_id, c.label, c.link FROM (%s) c
                 WHERE c.worker_id = :worker AND NOT c.passed
                 ORDER BY c.rule_id, c.label
                """.formatted(all(rules))).param("asAt", asAt).param("worker", workerId)
                .query((rs, n) -> {
                    QualityRule rule = rules.get(indexOf(rules, rs.getString(1)));
                    return new QualityFix(rule.id(), rule.title(), rule.fixHint(), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5));
                }).list();
        Set<UUID> hidden = recordAccess.hiddenAmong(fixes.stream().map(QualityFix::childId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return fixes.stream().map(f -> hidden.contains(f.childId())
                ? new QualityFix(f.ruleId(), f.ruleTitle(), f.fixHint(), f.itemId(), f.childId(), "Restricted record", f.link()) : f)
                .sorted(java.util.Comparator.comparingInt((QualityFix f) -> indexOf(rules, f.ruleId())).thenComparing(QualityFix::label)).toList();
    }

    /** A worker's name, for the heading of their fixes. */
    @PreAuthorize(READERS)
    public String byWorkerName(UUID staffId) {
        return jdbc.sql("SELECT display_name FROM reporting.staff WHERE staff_id = :id").param("id", staffId).query(String.class).optional()
                .orElse("Worker");
    }

    /** Every rule's checked items in one statement, each tagged with its rule id. */
    private static String all(List<QualityRule> rules) {
        if (rules.isEmpty()) {
            return "SELECT NULL::text AS rule_id, NULL::uuid AS item_id, NULL::uuid AS child_id, NULL::uuid AS team_id, NULL::uuid AS worker_id, "
                    + "NULL::text AS label, NULL::text AS link, TRUE AS passed WHERE FALSE";
        }
        return rules.stream().map(r -> "SELECT '" + r.id().replace("'", "''") + "'::text AS rule_id, q.item_id, q.child_id, q.team_id, q.worker_id, "
                + "q.label, q.link, q.passed IS TRUE AS passed FROM (" + Scorecards.bind(r.checkSql(), "CAST(:asAt AS date)", "CAST(:asAt AS date)",
                "CAST(:asAt AS date)") + ") q").collect(Collectors.joining("\nUNION ALL\n"));
    }

    private static int indexOf(List<QualityRule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return rules.size();
    }

    private static String title(List<QualityRule> rules, String id) {
        int i = indexOf(rules, id);
        return i < rules.size() ? rules.get(i).title() : id;
    }
}
