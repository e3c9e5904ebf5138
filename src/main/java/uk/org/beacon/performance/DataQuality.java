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

    /** Scores by rule, in the rules' order, and by team or worker, worst first. */
    public record QualityScores(List<QualityScore> byRule, List<QualityScore> byGroup) {}

    /**
     * Scores in one pass over every rule's items: by rule, and by team (the authority's, with
     * {@code teamId} null) or by worker (a team's, only that team's items). Each score's "% accurate
     * completion" is passed over checked.
     */
    @PreAuthorize(READERS)
    public QualityScores scores(LocalDate asAt, UUID teamId) {
        List<QualityRule> rules = rules();
        String group = teamId == null ? "TEAM" : "WORKER";
        List<QualityScore> byRule = new java.util.ArrayList<>();
        List<QualityScore> byGroup = new java.util.ArrayList<>();
        jdbc.sql("""
                SELECT s.by_rule, s.rule_id, s.grp, coalesce(t.name, st.display_name) AS name, s.checked, s.passed
                  FROM (SELECT GROUPING(c.rule_id) = 0 AS by_rule, c.rule_id, c.grp, count(*) AS checked, count(*) FILTER (WHERE c.passed) AS passed
                          FROM (SELECT a.*, CASE WHEN CAST(:team AS uuid) IS NULL THEN a.team_id ELSE a.worker_id END AS grp FROM (%s) a
                                 WHERE CAST(:team AS uuid) IS NULL OR a.team_id = CAST(:team AS uuid)) c
                         GROUP BY GROUPING SETS ((c.rule_id), (c.grp))) s
                  LEFT JOIN reporting.team t ON CAST(:team AS uuid) IS NULL AND NOT s.by_rule AND t.team_id = s.grp
                  LEFT JOIN reporting.staff st ON CAST(:team AS uuid) IS NOT NULL AND NOT s.by_rule AND st.staff_id = s.grp
                """.formatted(all(rules))).param("asAt", asAt).param("team", teamId).query((java.sql.ResultSet rs) -> {
                    if (rs.getBoolean("by_rule")) {
                        String rule = rs.getString("rule_id");
                        byRule.add(new QualityScore(rule, null, title(rules, rule), rs.getLong("checked"), rs.getLong("passed")));
                    } else {
                        String name = rs.getString("name");
                        byGroup.add(new QualityScore(group, rs.getObject("grp", UUID.class),
                                name != null ? name : teamId == null ? "No team" : "No worker", rs.getLong("checked"), rs.getLong("passed")));
                    }
                });
        byRule.sort(java.util.Comparator.comparingInt(r -> indexOf(rules, r.key())));
        byGroup.sort(java.util.Comparator.comparingDouble((QualityScore g) -> (double) g.passed() / g.checked()).thenComparing(QualityScore::name));
        return new QualityScores(List.copyOf(byRule), List.copyOf(byGroup));
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
