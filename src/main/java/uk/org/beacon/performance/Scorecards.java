package uk.org.beacon.performance;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.org.beacon.identity.RecordAccess;

/**
 * The one scorecard engine. A measure is a row of {@code performance.measure}; its figure for any
 * level (authority, service, team, worker, child), any period and as at any day is computed live
 * from the reporting views in one set-based query per measure, which also gives the twelve-month
 * trend (twelve periods joined laterally to the measure's items and grouped); a board counts the
 * measures sharing their items in one statement and runs the statements side by side. The list
 * behind a figure is the same items, so it always adds up to the number. RAG is against the target
 * and amber tolerance in force on the day (dated, see {@link MeasureTargets}), read with the
 * measures in one statement. A page's figures ({@link #headlines}) take only the period and the
 * month before it; its trend lines follow from {@link #scorecard}. Items of a measure attributed to
 * the child's lead allocation get their team and worker here, only where a figure or list needs
 * them. Nothing is cached: every figure is as the database stands.
 */
@Service
public class Scorecards {

    static final String READERS = "hasAnyRole('SENIOR_LEADER','TEAM_MANAGER','QUALITY_PERFORMANCE')";
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int ITEM_LIMIT = 2000;
    /** Points a headline figure is computed with: its own period and the one a month before. */
    static final int HEADLINE_POINTS = 2;

    private static final Logger log = LoggerFactory.getLogger(Scorecards.class);
    private static final Pattern FROM = Pattern.compile("(?<![:\\w]):from\\b");
    private static final Pattern TO = Pattern.compile("(?<![:\\w]):to\\b");
    private static final Pattern AS_AT = Pattern.compile("(?<![:\\w]):asAt\\b");

    private final JdbcClient jdbc;
    private final RecordAccess recordAccess;
    private final Clock clock;
    private final ExecutorService pool;
    /** How long each board statement (by level kind and shared items) last took, in nanoseconds: only to order the next board's. */
    private final Map<String, Long> took = new ConcurrentHashMap<>();

    Scorecards(JdbcClient jdbc, RecordAccess recordAccess, Clock clock, @Value("${beacon.performance.parallel-measures:4}") int parallel) {
        this.jdbc = jdbc;
        this.recordAccess = recordAccess;
        this.clock = clock;
        AtomicInteger names = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread t = new Thread(r, "scorecard-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /**
     * Measures with the target and amber tolerance in force on a day: each measure's latest dated
     * target from that day or before ({@code performance.measure_target}), in the same statement;
     * a measure with no dated target yet (added by a later migration) keeps its own.
     */
    static final String MEASURES_SQL = """
            SELECT m.*, CASE WHEN t.measure_id IS NULL THEN m.target ELSE t.target END AS target_in_force,
                   CASE WHEN t.measure_id IS NULL THEN m.amber_tolerance ELSE t.amber_tolerance END AS tolerance_in_force
              FROM performance.measure m
              LEFT JOIN LATERAL (SELECT x.measure_id, x.target, x.amber_tolerance FROM performance.measure_target x
                                  WHERE x.measure_id = m.id AND x.valid_from <= :asAt
                                  ORDER BY x.valid_from DESC, x.seq DESC LIMIT 1) t ON TRUE
            """;

    /** The measures on the board, with today's targets. */
    @PreAuthorize(READERS)
    public List<Measure> measures() {
        return measures(today());
    }

    /** The measures on the board, with the targets in force on a day (one statement). */
    @PreAuthorize(READERS)
    public List<Measure> measures(LocalDate asAt) {
        return jdbc.sql(MEASURES_SQL + " WHERE NOT m.retired ORDER BY m.ordinal, m.id").param("asAt", asAt)
                .query((rs, n) -> measure(rs, asAt)).list();
    }

    /** A measure with today's target. */
    @PreAuthorize(READERS)
    public Optional<Measure> measure(String id) {
        return measure(id, today());
    }

    /** A measure with the target in force on a day. */
    @PreAuthorize(READERS)
    public Optional<Measure> measure(String id, LocalDate asAt) {
        return jdbc.sql(MEASURES_SQL + " WHERE m.id = :id").param("id", id).param("asAt", asAt).query((rs, n) -> measure(rs, asAt)).optional();
    }

    /** The measure with the target in force on {@code asAt}, read afresh (the one it was given may be stale). */
    private Measure onDay(Measure measure, LocalDate asAt) {
        return measure(measure.id(), asAt).orElse(measure);
    }

    /**
     * Every measure for a level as at a day; {@code period} (optional) replaces each measure's own
     * period, except day snapshots. Measures whose items are the same query over the same periods are
     * counted in one statement; the statements run side by side on at most
     * {@code beacon.performance.parallel-measures} connections (shared by every scorecard).
     */
    @PreAuthorize(READERS)
    public List<MeasureResult> scorecard(Level level, LocalDate asAt, PeriodType period) {
        return board(level, asAt, period, MeasureRules.TREND_POINTS);
    }

    /**
     * Every measure's figure for a level as at a day without its trend: each result's trend holds
     * only the period itself and the one a month before (for the direction of travel). A board's
     * page shows these at once and fetches the twelve-month trends from {@link #scorecard} after;
     * the figures, targets and RAG are the same as the full board's.
     */
    @PreAuthorize(READERS)
    public List<MeasureResult> headlines(Level level, LocalDate asAt, PeriodType period) {
        return board(level, asAt, period, HEADLINE_POINTS);
    }

    private List<MeasureResult> board(Level level, LocalDate asAt, PeriodType period, int points) {
        List<Measure> measures = measures(asAt);
        Map<String, List<Measure>> groups = new LinkedHashMap<>();
        for (Measure m : measures) {
            groups.computeIfAbsent(effective(m, period) + "\u0000" + m.attribution() + "\u0000" + m.itemSql(), k -> new ArrayList<>()).add(m);
        }
        // The statements that took longest last time go first, so the board is not left waiting on
        // a long one started last (its order on the page is kept below).
        List<Map.Entry<String, List<Measure>>> byCost = new ArrayList<>(groups.entrySet());
        String kind = level.kind() + "\u0000" + points + "\u0000";
        byCost.sort(Comparator.comparingLong((Map.Entry<String, List<Measure>> e) -> -took.getOrDefault(kind + e.getKey(), 0L)));
        List<Future<List<MeasureResult>>> futures = new ArrayList<>();
        for (Map.Entry<String, List<Measure>> group : byCost) {
            String key = kind + group.getKey();
            futures.add(pool.submit(() -> {
                long started = System.nanoTime();
                List<MeasureResult> results = compute(group.getValue(), level, asAt, period, points);
                took.put(key, System.nanoTime() - started);
                return results;
            }));
        }
        Map<String, MeasureResult> byId = new HashMap<>();
        for (Future<List<MeasureResult>> f : futures) {
            done(f).forEach(r -> byId.put(r.measure().id(), r));
        }
        return measures.stream().map(m -> byId.get(m.id())).toList();
    }

    /** A measure's figure as at a day, against the target in force that day. */
    @PreAuthorize(READERS)
    public MeasureResult result(Measure measure, Level level, LocalDate asAt, PeriodType period) {
        return compute(onDay(measure, asAt), level, asAt, period);
    }

    /** The items behind a figure: the numerator's (or, with {@code denominator}, the denominator's), at most {@value #ITEM_LIMIT}. */
    @PreAuthorize(READERS)
    public List<MeasureItem> items(Measure measure, Level level, LocalDate asAt, PeriodType period, boolean denominator) {
        return restricted(itemsOf(measure, level, asAt, period, denominator));
    }

    /**
     * A figure as its page shows it: the figure and its trend, the list behind it and its split by
     * category, the three queries run side by side on the scorecard pool (the restricted records
     * in the list are hidden here, as the signed-in user).
     */
    @PreAuthorize(READERS)
    public MeasureDetail detail(Measure read, Level level, LocalDate asAt, PeriodType period, boolean denominator) {
        Measure measure = onDay(read, asAt);
        Future<MeasureResult> result = pool.submit(() -> compute(measure, level, asAt, period));
        Future<List<CategoryCount>> breakdown = pool.submit(() -> breakdownOf(measure, level, asAt, period));
        Future<List<MeasureItem>> items = pool.submit(() -> itemsOf(measure, level, asAt, period, denominator));
        MeasureResult figure = done(result);
        List<MeasureItem> list = figure.available() ? restricted(done(items)) : List.of();
        List<CategoryCount> split = figure.available() ? done(breakdown) : List.of();
        if (!figure.available()) {
            items.cancel(false);
            breakdown.cancel(false);
        }
        return new MeasureDetail(figure, list, split);
    }

    /** A statement run on the pool, waited for; its failure thrown as it was. */
    private static <T> T done(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the scorecard was computed", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    private List<MeasureItem> itemsOf(Measure measure, Level level, LocalDate asAt, PeriodType period, boolean denominator) {
        Period p = MeasureRules.period(effective(measure, period), asAt);
        String sql = """
                SELECT i.*, pe.full_name, t.name AS team_name, s.display_name AS worker_name
                  FROM (SELECT x.* FROM (%s) x
                         WHERE x.p_in_denominator %s
                         ORDER BY x.p_in_numerator DESC, x.event_on, x.label, x.item_id
                         LIMIT %d) i
                  LEFT JOIN reporting.person pe ON pe.person_id = i.child_id
                  LEFT JOIN reporting.team t ON t.team_id = i.team_id
                  LEFT JOIN reporting.staff s ON s.staff_id = i.worker_id
                 ORDER BY i.p_in_numerator DESC, i.event_on, i.label, i.item_id
                """.formatted(flagged(measure, level, "CAST(:pFrom AS date)", "CAST(:pTo AS date)", "CAST(:pAsAt AS date)", true),
                denominator ? "" : "AND x.p_in_numerator", ITEM_LIMIT);
        var spec = jdbc.sql(sql).param("pFrom", p.from()).param("pTo", p.to()).param("pAsAt", p.asAt());
        if (level.id() != null) {
            spec = spec.param("levelId", level.id());
        }
        List<MeasureItem> items = spec.query((rs, n) -> new MeasureItem(rs.getObject("item_id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getString("full_name"), rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getObject("worker_id", UUID.class),
                rs.getString("worker_name"), rs.getString("label"), rs.getObject("event_on", LocalDate.class), rs.getString("category"),
                rs.getBigDecimal("value"), rs.getBoolean("p_in_numerator"))).list();
        return items;
    }

    /** Restricted records in a list behind a figure, hidden from the signed-in user (who may not open them). */
    private List<MeasureItem> restricted(List<MeasureItem> items) {
        Set<UUID> children = new HashSet<>();
        items.stream().map(MeasureItem::childId).filter(java.util.Objects::nonNull).forEach(children::add);
        Set<UUID> hidden = recordAccess.hiddenAmong(children);
        if (hidden.isEmpty()) {
            return items;
        }
        return items.stream().map(i -> hidden.contains(i.childId())
                ? new MeasureItem(i.itemId(), i.childId(), "Restricted record", i.teamId(), i.teamName(), i.workerId(), i.workerName(),
                        "Restricted record", i.eventOn(), i.category(), i.value(), i.inNumerator())
                : i).toList();
    }

    /** The figure split by the items' category (decision, source, timescale rule, late reason...). */
    @PreAuthorize(READERS)
    public List<CategoryCount> breakdown(Measure measure, Level level, LocalDate asAt, PeriodType period) {
        return breakdownOf(measure, level, asAt, period);
    }

    private List<CategoryCount> breakdownOf(Measure measure, Level level, LocalDate asAt, PeriodType period) {
        Period p = MeasureRules.period(effective(measure, period), asAt);
        String sql = """
                SELECT coalesce(i.category, 'Not recorded') AS category,
                       count(*) FILTER (WHERE i.p_in_numerator) AS numerator, count(*) FILTER (WHERE i.p_in_denominator) AS denominator
                  FROM (%s) i
                 GROUP BY 1 ORDER BY 3 DESC, 1
                """.formatted(flagged(measure, level, "CAST(:pFrom AS date)", "CAST(:pTo AS date)", "CAST(:pAsAt AS date)", byTeam(level)));
        var spec = jdbc.sql(sql).param("pFrom", p.from()).param("pTo", p.to()).param("pAsAt", p.asAt());
        if (level.id() != null) {
            spec = spec.param("levelId", level.id());
        }
        return spec.query((rs, n) -> new CategoryCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    static PeriodType effective(Measure measure, PeriodType requested) {
        if (requested == null || measure.periodType() == PeriodType.SNAPSHOT) {
            return measure.periodType();
        }
        return requested;
    }

    private MeasureResult compute(Measure m, Level level, LocalDate asAt, PeriodType requested) {
        return compute(List.of(m), level, asAt, requested, MeasureRules.TREND_POINTS).get(0);
    }

    /**
     * Measures with the same items and period in one statement: the trend's periods (twelve, or the
     * last {@code count}) joined laterally to the items, each measure's numerator and denominator
     * counted with a filter.
     */
    private List<MeasureResult> compute(List<Measure> group, Level level, LocalDate asAt, PeriodType requested, int count) {
        Measure first = group.get(0);
        List<Period> points = MeasureRules.trend(effective(first, requested), asAt, count);
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            Period p = points.get(i);
            values.append(i == 0 ? "" : ", ").append("(%d, CAST(:f%d AS date), CAST(:t%d AS date), CAST(:a%d AS date))".formatted(i, i, i, i));
            params.put("f" + i, p.from());
            params.put("t" + i, p.to());
            params.put("a" + i, p.asAt());
        }
        if (level.id() != null) {
            params.put("levelId", level.id());
        }
        StringBuilder counts = new StringBuilder();
        StringBuilder flags = new StringBuilder();
        for (int k = 0; k < group.size(); k++) {
            Measure m = group.get(k);
            counts.append(", count(*) FILTER (WHERE i.p_n%d) AS n%d, count(*) FILTER (WHERE i.p_d%d) AS d%d".formatted(k, k, k, k))
                    .append(m.unit() == MeasureUnit.MEDIAN_DAYS
                            ? ", percentile_cont(0.5) WITHIN GROUP (ORDER BY i.value) FILTER (WHERE i.p_n%d) AS m%d".formatted(k, k)
                            : ", CAST(NULL AS double precision) AS m%d".formatted(k));
            flags.append(", ((%s) AND (%s)) IS TRUE AS p_n%d, (%s) IS TRUE AS p_d%d".formatted(m.denominatorSql(), m.numeratorSql(), k,
                    m.denominatorSql(), k));
        }
        String sql = """
                SELECT p.idx%s
                  FROM (VALUES %s) AS p (idx, p_from, p_to, p_as_at)
                  LEFT JOIN LATERAL (SELECT x.*%s FROM (%s) x WHERE %s) i ON TRUE
                 GROUP BY p.idx ORDER BY p.idx
                """.formatted(counts, values, flags, attributed(first, bind(first.itemSql(), "p.p_from", "p.p_to", "p.p_as_at"), "p.p_as_at",
                        byTeam(level)), level.condition());
        long started = System.nanoTime();
        List<long[][]> rows = new ArrayList<>();
        List<BigDecimal[]> medians = new ArrayList<>();
        try {
            jdbc.sql(sql).params(params).query((ResultSet rs) -> {
                long[][] nd = new long[group.size()][2];
                BigDecimal[] md = new BigDecimal[group.size()];
                for (int k = 0; k < group.size(); k++) {
                    nd[k][0] = rs.getLong("n" + k);
                    nd[k][1] = rs.getLong("d" + k);
                    md[k] = rs.getBigDecimal("m" + k);
                }
                rows.add(nd);
                medians.add(md);
            });
        } catch (DataAccessException e) {
            log.warn("Measures {} could not be computed: {}", group.stream().map(Measure::id).toList(), e.getMostSpecificCause().getMessage());
            Period p = points.get(points.size() - 1);
            return group.stream().map(m -> new MeasureResult(m, level, p, 0, 0, null, Rag.NONE, List.of(), "No comparison",
                    "This measure could not be computed from the reporting views (" + e.getMostSpecificCause().getMessage() + ")")).toList();
        }
        if (log.isDebugEnabled()) {
            log.debug("Measures {} for {} as at {} computed in {} ms", group.stream().map(Measure::id).toList(), level.kind(), asAt,
                    (System.nanoTime() - started) / 1_000_000);
        }
        List<MeasureResult> results = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            Measure m = group.get(k);
            List<MeasureResult.TrendPoint> trend = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                long num = rows.get(i)[k][0];
                long den = rows.get(i)[k][1];
                trend.add(new MeasureResult.TrendPoint(points.get(i), num, den, MeasureRules.value(m.unit(), num, den, medians.get(i)[k])));
            }
            MeasureResult.TrendPoint latest = trend.get(trend.size() - 1);
            BigDecimal previous = trend.size() > 1 ? trend.get(trend.size() - 2).value() : null;
            results.add(new MeasureResult(m, level, latest.period(), latest.numerator(), latest.denominator(), latest.value(),
                    MeasureRules.rag(m.polarity(), m.target(), m.amberTolerance(), latest.value()), trend,
                    MeasureRules.direction(m.polarity(), previous, latest.value()), null));
        }
        return results;
    }

    /**
     * The measure's items for a level, with the numerator and denominator flags, the period given as
     * SQL expressions; {@code withTeams} when every item's team and worker must be known.
     */
    private static String flagged(Measure m, Level level, String from, String to, String asAt, boolean withTeams) {
        String items = attributed(m, bind(m.itemSql(), from, to, asAt), asAt, withTeams);
        return """
                SELECT x.*, ((%s) AND (%s)) IS TRUE AS p_in_numerator, (%s) IS TRUE AS p_in_denominator
                  FROM (%s) x
                 WHERE %s
                """.formatted(m.denominatorSql(), m.numeratorSql(), m.denominatorSql(), items, level.condition());
    }

    /** Whether a level's figure depends on whose each item is (an authority's or a child's does not). */
    private static boolean byTeam(Level level) {
        return level.kind() == Level.Kind.SERVICE || level.kind() == Level.Kind.TEAM || level.kind() == Level.Kind.WORKER;
    }

    /**
     * A measure's items with their team and worker. Items of a {@code LEAD_ALLOCATION} measure are
     * the team's and worker of the child's lead allocation on {@code asAt} (none when the child had
     * none), looked up only {@code withTeams}; without, the items have no team or worker columns,
     * which an authority's or a child's figure never reads. (Not NULL columns instead: constants on
     * the outer-joined side of the trend's LATERAL stop PostgreSQL flattening the clock view, and a
     * month's visits took 13 s.) Other measures' items say whose they are themselves.
     */
    static String attributed(Measure m, String items, String asAt, boolean withTeams) {
        if (m.attribution() == Measure.Attribution.ITEM || !withTeams) {
            return items;
        }
        return """
                SELECT y.*, la.team_id, la.worker_id
                  FROM (%s) y
                  LEFT JOIN reporting.allocation la ON la.child_id = y.child_id AND la.lead AND la.allocated_from <= %s
                       AND (la.allocated_to IS NULL OR la.allocated_to > %s)
                """.formatted(items, asAt, asAt);
    }

    static String bind(String sql, String from, String to, String asAt) {
        String s = FROM.matcher(sql).replaceAll(Matcher.quoteReplacement(from));
        s = TO.matcher(s).replaceAll(Matcher.quoteReplacement(to));
        return AS_AT.matcher(s).replaceAll(Matcher.quoteReplacement(asAt));
    }

    private static Measure measure(ResultSet rs, LocalDate asAt) throws SQLException {
        return new Measure(rs.getString("id"), rs.getInt("ordinal"), rs.getString("area"), rs.getString("title"), rs.getString("definition"),
                rs.getString("item_sql"), rs.getString("numerator_sql"), rs.getString("denominator_sql"), MeasureUnit.valueOf(rs.getString("unit")),
                Polarity.valueOf(rs.getString("polarity")), rs.getBigDecimal("target_in_force"), rs.getBigDecimal("tolerance_in_force"),
                PeriodType.valueOf(rs.getString("period_type")), rs.getBigDecimal("national_comparator"), rs.getString("comparator_note"),
                rs.getString("source_note"), rs.getString("item_noun"), rs.getLong("version"), asAt,
                Measure.Attribution.valueOf(rs.getString("attribution")));
    }
}
