package uk.org.beacon.returns.cin;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.returns.CensusYear;

/**
 * Builds a children in need census return from the practice modules' reporting views, in a handful
 * of set-based queries for the whole year (README section 3). Recording is read "as at" a day: for
 * a past census year that is its 31 March, during the year the day of extraction, so that anything
 * dated later (a closure in May, an assessment authorised after the year) has not happened yet and
 * the episode, assessment or plan is sent as still open.
 * <ul>
 * <li>Children: everyone with an episode referred on or before that day and not closed before 1
 * April. Data recorded against a merged record belongs to the record that now stands for it.
 * <li>Assessments: authorised within the year, or still open (an open one started in an earlier
 * year is sent so that rule 8736 shows it, rather than left out).
 * <li>Section 47 enquiries: initial conference held within the year, concluded as "conference not
 * required" within the year, or still open.
 * <li>Child in need and child protection plans: ended within the year or still open; the latest
 * category of abuse is the one after the last review on or before the day; every review up to it.
 * <li>ReferralNFA: the episode closed with nothing done in it.
 * </ul>
 * The return carries no header: the authority's number, the release and the serial number are
 * {@code CinCensus}'s, which makes the file. Reads only; never changes practice data.
 */
@Component
class CinCensusExtract implements CinCensusSource {

    private final JdbcClient jdbc;

    CinCensusExtract(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public CinReturn build(CensusYear year, LocalDate asAt) {
        return extract(year, asAt, null);
    }

    @Override
    @Transactional(readOnly = true)
    public CinReturn buildForChild(CensusYear year, LocalDate asAt, UUID personId) {
        return extract(year, asAt, personId);
    }

    /** The day recording is read as at: the earlier of {@code asAt} and the year's 31 March. */
    static LocalDate cutoff(CensusYear year, LocalDate asAt) {
        return asAt.isBefore(year.referenceDate()) ? asAt : year.referenceDate();
    }

    private CinReturn extract(CensusYear year, LocalDate asAt, UUID personId) {
        LocalDate cutoff = cutoff(year, asAt);
        Map<String, Object> params = new HashMap<>();
        params.put("cutoff", cutoff);
        params.put("start", year.start());
        String scope;
        if (personId == null) {
            scope = """
                    WITH ep AS (
                      SELECT e.episode_id, coalesce(m.survivor_id, e.child_id) AS child_id, e.referral_date, e.referral_source, e.primary_need,
                             CASE WHEN e.closure_date <= :cutoff THEN e.closure_date END AS closure_date,
                             CASE WHEN e.closure_date <= :cutoff THEN e.closure_reason END AS closure_reason
                        FROM reporting.cin_episode e
                        LEFT JOIN reporting.person_merged m ON m.merged_id = e.child_id
                       WHERE e.referral_date <= :cutoff AND (e.closure_date IS NULL OR e.closure_date >= :start))
                    """;
        } else {
            // one child: their own episodes and those recorded against records merged into theirs, found by index
            List<UUID> ids = new ArrayList<>(List.of(personId));
            ids.addAll(jdbc.sql("SELECT merged_id FROM reporting.person_merged WHERE survivor_id = :child").param("child", personId)
                    .query(UUID.class).list());
            params.put("child", personId);
            params.put("ids", ids.toArray(UUID[]::new));
            scope = """
                    WITH ep AS (
                      SELECT e.episode_id, CAST(:child AS uuid) AS child_id, e.referral_date, e.referral_source, e.primary_need,
                             CASE WHEN e.closure_date <= :cutoff THEN e.closure_date END AS closure_date,
                             CASE WHEN e.closure_date <= :cutoff THEN e.closure_reason END AS closure_reason
                        FROM reporting.cin_episode e
                       WHERE e.child_id = ANY(:ids) AND e.referral_date <= :cutoff AND (e.closure_date IS NULL OR e.closure_date >= :start))
                    """;
        }

        Map<UUID, List<EpisodeRow>> episodesByChild = new LinkedHashMap<>();
        Map<UUID, EpisodeRow> episodes = new HashMap<>();
        jdbc.sql(scope + "SELECT * FROM ep ORDER BY child_id, referral_date, episode_id").params(params).query(rs -> {
            EpisodeRow row = new EpisodeRow(rs.getObject("episode_id", UUID.class), rs.getObject("child_id", UUID.class),
                    rs.getObject("referral_date", LocalDate.class), rs.getString("referral_source"), rs.getString("primary_need"),
                    rs.getObject("closure_date", LocalDate.class), rs.getString("closure_reason"));
            episodes.put(row.id, row);
            episodesByChild.computeIfAbsent(row.childId, k -> new ArrayList<>()).add(row);
        });

        Map<UUID, List<String>> disabilities = new HashMap<>();
        jdbc.sql(scope + "SELECT d.person_id, d.code FROM reporting.person_disability d WHERE d.person_id IN (SELECT child_id FROM ep) ORDER BY d.person_id, d.code")
                .params(params).query(rs -> {
                    disabilities.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>()).add(rs.getString("code"));
                });

        jdbc.sql(scope + """
                SELECT act.episode_id, s.assessment_id, s.started_on, s.authorised_on, s.factors
                  FROM reporting.episode_activity act JOIN reporting.assessment s ON s.assessment_id = act.source_id
                 WHERE act.kind = 'ASSESSMENT' AND act.episode_id IN (SELECT episode_id FROM ep) AND s.started_on <= :cutoff
                 ORDER BY s.started_on, s.assessment_id
                """).params(params).query(rs -> {
                    EpisodeRow episode = episodes.get(rs.getObject("episode_id", UUID.class));
                    episode.activity++;
                    LocalDate authorised = onOrBefore(rs.getObject("authorised_on", LocalDate.class), cutoff);
                    if (authorised == null || year.contains(authorised)) {
                        episode.assessments.add(new CinAssessment(rs.getObject("assessment_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                                authorised, authorised == null ? List.of() : strings(rs, "factors")));
                    }
                });

        jdbc.sql(scope + """
                SELECT act.episode_id, s.enquiry_id, s.started_on, s.initial_conference_due, s.date_of_initial_conference,
                       s.icpc_not_required, s.concluded_on
                  FROM reporting.episode_activity act JOIN reporting.section47 s ON s.enquiry_id = act.source_id
                 WHERE act.kind = 'SECTION_47' AND act.episode_id IN (SELECT episode_id FROM ep) AND s.started_on <= :cutoff
                 ORDER BY s.started_on, s.enquiry_id
                """).params(params).query(rs -> {
                    EpisodeRow episode = episodes.get(rs.getObject("episode_id", UUID.class));
                    episode.activity++;
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    LocalDate icpc = onOrBefore(rs.getObject("date_of_initial_conference", LocalDate.class), cutoff);
                    LocalDate concluded = rs.getObject("concluded_on", LocalDate.class);
                    boolean notRequired = icpc == null && rs.getBoolean("icpc_not_required") && (concluded == null || !concluded.isAfter(cutoff));
                    boolean include = icpc != null ? year.contains(icpc)
                            : notRequired ? year.contains(concluded != null ? concluded : started) || year.contains(started) : true;
                    if (include) {
                        episode.section47s.add(new CinSection47(rs.getObject("enquiry_id", UUID.class), started,
                                rs.getObject("initial_conference_due", LocalDate.class), icpc, notRequired));
                    }
                });

        jdbc.sql(scope + """
                SELECT c.episode_id, c.cin_plan_id, c.start_date, c.end_date
                  FROM reporting.cin_plan c
                 WHERE c.episode_id IN (SELECT episode_id FROM ep) AND c.start_date <= :cutoff
                 ORDER BY c.start_date, c.cin_plan_id
                """).params(params).query(rs -> {
                    EpisodeRow episode = episodes.get(rs.getObject("episode_id", UUID.class));
                    episode.activity++;
                    LocalDate ended = onOrBefore(rs.getObject("end_date", LocalDate.class), cutoff);
                    if (ended == null || year.contains(ended)) {
                        episode.cinPlans.add(new CinPlanPeriod(rs.getObject("cin_plan_id", UUID.class), rs.getObject("start_date", LocalDate.class), ended));
                    }
                });

        Map<UUID, List<LocalDate>> reviews = new HashMap<>();
        Map<UUID, String> latestCategory = new HashMap<>();
        jdbc.sql(scope + """
                SELECT r.cp_plan_id, r.review_date, r.category_to
                  FROM reporting.episode_activity act JOIN reporting.cp_review r ON r.cp_plan_id = act.source_id
                 WHERE act.kind = 'CP_PLAN' AND act.episode_id IN (SELECT episode_id FROM ep) AND r.review_date <= :cutoff
                 ORDER BY r.review_date, r.review_id
                """).params(params).query(rs -> {
                    UUID plan = rs.getObject("cp_plan_id", UUID.class);
                    reviews.computeIfAbsent(plan, k -> new ArrayList<>()).add(rs.getObject("review_date", LocalDate.class));
                    String to = rs.getString("category_to");
                    if (to != null && !to.isBlank()) {
                        latestCategory.put(plan, to);
                    }
                });

        jdbc.sql(scope + """
                SELECT act.episode_id, p.cp_plan_id, p.start_date, p.end_date, p.initial_category, p.previous_plans
                  FROM reporting.episode_activity act JOIN reporting.cp_plan p ON p.cp_plan_id = act.source_id
                 WHERE act.kind = 'CP_PLAN' AND act.episode_id IN (SELECT episode_id FROM ep) AND p.start_date <= :cutoff
                 ORDER BY p.start_date, p.cp_plan_id
                """).params(params).query(rs -> {
                    EpisodeRow episode = episodes.get(rs.getObject("episode_id", UUID.class));
                    episode.activity++;
                    UUID plan = rs.getObject("cp_plan_id", UUID.class);
                    LocalDate ended = onOrBefore(rs.getObject("end_date", LocalDate.class), cutoff);
                    if (ended == null || year.contains(ended)) {
                        String initial = rs.getString("initial_category");
                        episode.protectionPlans.add(new CinProtectionPlan(plan, rs.getObject("start_date", LocalDate.class), ended, initial,
                                latestCategory.getOrDefault(plan, initial), (Integer) rs.getObject("previous_plans"),
                                List.copyOf(reviews.getOrDefault(plan, List.of()))));
                    }
                });

        List<CinChild> children = new ArrayList<>();
        jdbc.sql(scope + """
                SELECT p.person_id, p.record_number, p.kind, p.upn, p.former_upn, p.upn_unknown_reason, p.date_of_birth,
                       p.expected_date_of_birth, p.legal_sex, p.date_of_death, p.ethnicity
                  FROM reporting.person p
                 WHERE p.person_id IN (SELECT child_id FROM ep)
                 ORDER BY p.record_number
                """).params(params).query(rs -> {
                    UUID id = rs.getObject("person_id", UUID.class);
                    LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
                    LocalDate died = onOrBefore(rs.getObject("date_of_death", LocalDate.class), cutoff);
                    List<CinEpisode> childEpisodes = episodesByChild.getOrDefault(id, List.of()).stream().map(EpisodeRow::episode).toList();
                    children.add(new CinChild(id, String.valueOf(rs.getLong("record_number")), rs.getString("upn"), rs.getString("former_upn"),
                            rs.getString("upn_unknown_reason"), born, born == null ? rs.getObject("expected_date_of_birth", LocalDate.class) : null,
                            rs.getString("legal_sex"), died, rs.getString("ethnicity"), List.copyOf(disabilities.getOrDefault(id, List.of())),
                            childEpisodes));
                });
        return new CinReturn(year, null, List.copyOf(children));
    }

    private static LocalDate onOrBefore(LocalDate day, LocalDate cutoff) {
        return day == null || day.isAfter(cutoff) ? null : day;
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    /** An episode as read, gathering its activity before it becomes a {@link CinEpisode}. */
    private static final class EpisodeRow {
        final UUID id;
        final UUID childId;
        final LocalDate referralDate;
        final String referralSource;
        final String primaryNeed;
        final LocalDate closureDate;
        final String closureReason;
        final List<CinAssessment> assessments = new ArrayList<>();
        final List<CinPlanPeriod> cinPlans = new ArrayList<>();
        final List<CinSection47> section47s = new ArrayList<>();
        final List<CinProtectionPlan> protectionPlans = new ArrayList<>();
        int activity;

        EpisodeRow(UUID id, UUID childId, LocalDate referralDate, String referralSource, String primaryNeed, LocalDate closureDate,
                String closureReason) {
            this.id = id;
            this.childId = childId;
            this.referralDate = referralDate;
            this.referralSource = referralSource;
            this.primaryNeed = primaryNeed;
            this.closureDate = closureDate;
            this.closureReason = closureReason;
        }

        CinEpisode episode() {
            boolean nfa = closureDate != null && activity == 0;
            return new CinEpisode(id, referralDate, referralSource, primaryNeed, closureDate, closureReason, null, List.copyOf(assessments),
                    List.copyOf(cinPlans), List.copyOf(section47s), nfa, List.copyOf(protectionPlans));
        }
    }
}
