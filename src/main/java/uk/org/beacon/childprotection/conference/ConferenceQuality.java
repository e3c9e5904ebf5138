package uk.org.beacon.childprotection.conference;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.web.RuleViolationException;

/**
 * The chair's quality assurance after every conference, the seeds' quantifiable answer to the inspection:
 * six scores from 1 (inadequate) to 4 (good) and a comment, recorded once per conference held and never
 * changed. They add up by the social work team that presented the conference, and each agency's
 * contribution (attendance, reports received before the conference and shared with parents N working
 * days before) adds up by agency, for any period.
 */
@Service
public class ConferenceQuality {

    static final String READERS = "hasAnyRole('TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";

    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final People people;
    private final Teams teams;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final WorkingDays workingDays;
    private final java.time.Clock clock;

    ConferenceQuality(JdbcClient jdbc, Conferences conferences, People people, Teams teams, CurrentStaff currentStaff, AuditTrail audit,
            WorkingDays workingDays, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.people = people;
        this.teams = teams;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Records the chair's form for a conference held. Refused: not yet held, already recorded, a score missing or out of 1 to 4. */
    @PreAuthorize(Conferences.CHAIRS)
    @Transactional
    public ConferenceDetails record(UUID conferenceId, QualityScores s) {
        Conferences.Row row = conferences.load(conferenceId);
        StaffSummary me = currentStaff.require();
        people.checkEdit(row.childId(), Conferences.PART);
        Map<String, String> errors = new LinkedHashMap<>();
        if (row.status() != ConferenceStatus.HELD) {
            errors.put("quality", "Record the quality form after the conference has been held");
        } else if (jdbc.sql("SELECT count(*) FROM childprotection.conference_quality WHERE conference_id = :id").param("id", conferenceId)
                .query(Long.class).single() > 0) {
            errors.put("quality", "The quality form for this conference has already been recorded");
        }
        score(errors, "agencyTimeliness", s.agencyTimeliness(), "how timely the agencies' contributions were");
        score(errors, "socialWorkReportQuality", s.socialWorkReportQuality(), "the quality of the social work report");
        score(errors, "childVoice", s.childVoice(), "how well the child's voice was heard");
        score(errors, "advocacy", s.advocacy(), "advocacy for the child");
        score(errors, "parentsPreparation", s.parentsPreparation(), "how well the parents were prepared");
        score(errors, "planQuality", s.planQuality(), "the quality of the plan");
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        jdbc.sql("""
                INSERT INTO childprotection.conference_quality (conference_id, chair_id, agency_timeliness, social_work_report_quality,
                       child_voice, advocacy, parents_preparation, plan_quality, comment, recorded_at)
                VALUES (:id, :chair, :a, :b, :c, :d, :e, :f, :comment, :at)
                """).param("id", conferenceId).param("chair", me.id()).param("a", s.agencyTimeliness()).param("b", s.socialWorkReportQuality())
                .param("c", s.childVoice()).param("d", s.advocacy()).param("e", s.parentsPreparation()).param("f", s.planQuality())
                .param("comment", s.comment() == null || s.comment().isBlank() ? null : s.comment().strip())
                .param("at", Timestamp.from(clock.instant())).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CREATED, Conferences.AUDIT_SUBJECT, conferenceId, null, Map.of("qualityForm", true)));
        return conferences.details(conferences.load(conferenceId));
    }

    private static void score(Map<String, String> errors, String field, Integer value, String what) {
        if (value == null || value < 1 || value > 4) {
            errors.put(field, "Score " + what + " from 1 (inadequate) to 4 (good)");
        }
    }

    /** Mean scores by the social work team that presented each conference held from {@code from} to {@code to}, then all teams. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<QualityAggregate> byTeam(LocalDate from, LocalDate to) {
        Map<UUID, TeamSummary> byId = teams.byId();
        List<QualityAggregate> result = new ArrayList<>(jdbc.sql("""
                SELECT c.social_work_team_id, count(*), avg(q.agency_timeliness), avg(q.social_work_report_quality), avg(q.child_voice),
                       avg(q.advocacy), avg(q.parents_preparation), avg(q.plan_quality)
                FROM childprotection.conference_quality q JOIN childprotection.conference c ON c.id = q.conference_id
                WHERE c.held_on BETWEEN :from AND :to GROUP BY c.social_work_team_id
                """).param("from", from).param("to", to).query((rs, n) -> {
                    UUID team = rs.getObject(1, UUID.class);
                    String name = team == null ? "Team not recorded" : byId.containsKey(team) ? byId.get(team).name() : "Unknown team";
                    return aggregate(name, rs);
                }).list());
        result.sort(java.util.Comparator.comparing(QualityAggregate::group));
        result.add(jdbc.sql("""
                SELECT NULL, count(*), avg(q.agency_timeliness), avg(q.social_work_report_quality), avg(q.child_voice),
                       avg(q.advocacy), avg(q.parents_preparation), avg(q.plan_quality)
                FROM childprotection.conference_quality q JOIN childprotection.conference c ON c.id = q.conference_id
                WHERE c.held_on BETWEEN :from AND :to
                """).param("from", from).param("to", to).query((rs, n) -> aggregate("All teams", rs)).single());
        return result;
    }

    private static QualityAggregate aggregate(String name, java.sql.ResultSet rs) throws java.sql.SQLException {
        int forms = rs.getInt(2);
        return new QualityAggregate(name, forms, mean(rs, 3), mean(rs, 4), mean(rs, 5), mean(rs, 6), mean(rs, 7), mean(rs, 8));
    }

    private static Double mean(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : Math.round(value.doubleValue() * 100) / 100.0;
    }

    /**
     * Each agency's contribution to the conferences held from {@code from} to {@code to}: invited, attended,
     * apologies, reports requested, received before the conference, shared with parents in advance.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AgencyContribution> byAgency(LocalDate from, LocalDate to) {
        int n = conferences.sharingWorkingDays();
        CodeSet agencies = conferences.agencies();
        Map<String, int[]> counts = new TreeMap<>();
        jdbc.sql("""
                SELECT i.agency, i.attendance FROM childprotection.conference_invitee i JOIN childprotection.conference c ON c.id = i.conference_id
                WHERE i.kind = 'AGENCY' AND c.status = 'HELD' AND c.held_on BETWEEN :from AND :to
                """).param("from", from).param("to", to).query((rs, i) -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[6]);
                    c[0]++;
                    String attendance = rs.getString(2);
                    if ("ATTENDED".equals(attendance)) {
                        c[1]++;
                    } else if ("APOLOGIES".equals(attendance)) {
                        c[2]++;
                    }
                    return null;
                }).list();
        jdbc.sql("""
                SELECT r.agency, r.received_on, r.shared_with_parents_on, c.held_on
                FROM childprotection.conference_agency_report r JOIN childprotection.conference c ON c.id = r.conference_id
                WHERE c.status = 'HELD' AND c.held_on BETWEEN :from AND :to
                """).param("from", from).param("to", to).query((rs, i) -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[6]);
                    LocalDate held = Conferences.date(rs, "held_on");
                    c[3]++;
                    if (ConferenceRules.receivedInTime(Conferences.date(rs, "received_on"), held)) {
                        c[4]++;
                    }
                    if (ConferenceRules.sharedInAdvance(workingDays, Conferences.date(rs, "shared_with_parents_on"), held, n)) {
                        c[5]++;
                    }
                    return null;
                }).list();
        List<AgencyContribution> result = new ArrayList<>();
        counts.forEach((agency, c) -> result.add(new AgencyContribution(agency, agencies.labelOrCode(agency), c[0], c[1], c[2], c[3], c[4], c[5])));
        result.sort(java.util.Comparator.comparing((AgencyContribution a) -> Conferences.agencyOrder(a.agency()))
                .thenComparing(AgencyContribution::agencyLabel));
        return result;
    }
}
