package uk.org.beacon.childinneed;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.codes.Code;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RecordPart;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * A child's episodes of need. Episodes open by themselves from referrals (the front door's event) and
 * gather activity from the assessment and child protection modules' events; workers record the
 * primary need and close the episode with its reason ({@link EpisodeRules}), which announces
 * {@link EpisodeClosed}. Reads go through the child's record access; views and changes are audited.
 */
@Service
public class Episodes {

    static final String READERS = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";
    static final String WRITERS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER')";
    private static final Logger log = LoggerFactory.getLogger(Episodes.class);

    private final JdbcClient jdbc;
    private final People people;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Codes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Episodes(JdbcClient jdbc, People people, CurrentStaff currentStaff, AuditTrail audit, Codes codes, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.codes = codes;
        this.events = events;
        this.clock = clock;
    }

    /** The child's episodes, newest first, each with its referrals and activity (the view is audited). */
    @PreAuthorize(READERS)
    @Transactional
    public List<EpisodeSummary> forChild(UUID childId) {
        people.read(childId, CHILD_IN_NEED, Map.of("view", "episodes"));
        return episodes("WHERE e.child_id = :child", Map.of("child", childId));
    }

    /** The child's open episode, if any, for other pages' panels (access is the caller's, not audited again). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<EpisodeSummary> openFor(UUID childId) {
        return episodes("WHERE e.child_id = :child AND e.closed_on IS NULL", Map.of("child", childId)).stream().findFirst();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public EpisodeSummary find(UUID episodeId) {
        EpisodeSummary e = episodes("WHERE e.id = :id", Map.of("id", episodeId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No such episode"));
        access(e.childId(), false);
        return e;
    }

    /** Records (or corrects) the child's primary need for the episode (CIN census {@code PrimaryNeedCode}). */
    @PreAuthorize(WRITERS)
    @Transactional
    public EpisodeSummary recordPrimaryNeed(UUID episodeId, long expectedVersion, String primaryNeed) {
        EpisodeSummary e = lockFor(episodeId, expectedVersion);
        if (primaryNeed == null || !codes.primaryNeed().isActive(primaryNeed.strip())) {
            throw new RuleViolationException(Map.of("primaryNeed", "Select the child's primary need from the list"));
        }
        jdbc.sql("UPDATE childinneed.episode SET primary_need = :n, version = version + 1 WHERE id = :id").param("n", primaryNeed.strip())
                .param("id", episodeId).update();
        audit.record(new AuditEntry(currentStaff.id().orElse(null), AuditAction.CHANGED, "EPISODE", episodeId, null,
                Map.of("primaryNeed", primaryNeed.strip(), "child", e.childId().toString())));
        return find(episodeId);
    }

    /**
     * Closes the episode with the date and the CIN reason for closure. Refused at the fields while an
     * assessment or section 47 enquiry is open, before the referral or its activity, for RC8/RC9 with a
     * section 47 or plan, and for RC9 or a step-down without an accepting lead professional.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public EpisodeSummary close(UUID episodeId, long expectedVersion, EpisodeClosure closure) {
        EpisodeSummary e = lockFor(episodeId, expectedVersion);
        PersonDetails child = people.open(e.childId());
        EpisodeClosure c = closure == null ? new EpisodeClosure(null, null, null, null, null, null) : closure;
        List<EpisodeRules.Activity> activity = e.activity().stream()
                .map(a -> new EpisodeRules.Activity(a.kind(), a.startedOn(), a.endedOn())).toList();
        Map<String, String> errors = EpisodeRules.checkClosure(new EpisodeRules.ClosureFacts(e.referralDate(), !e.open(), activity,
                e.stepDownAgreed(), child.dateOfDeath(), e.primaryNeed()), c, codes(codes.cinClosureReason().active()),
                codes(codes.primaryNeed().active()), LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        String reason = c.closureReason().strip();
        boolean lead = "RC9".equals(reason) || e.stepDownAgreed();
        String need = EpisodeRules.blankToNull(c.primaryNeed()) != null ? c.primaryNeed().strip() : e.primaryNeed();
        UUID me = currentStaff.id().orElse(null);
        jdbc.sql("""
                UPDATE childinneed.episode SET closed_on = :on, closure_reason = :reason, primary_need = :need,
                       lead_professional_name = CASE WHEN :lead THEN :leadName ELSE lead_professional_name END,
                       lead_professional_agency = CASE WHEN :lead THEN :leadAgency ELSE lead_professional_agency END,
                       lead_professional_accepted_on = CASE WHEN :lead THEN :accepted ELSE lead_professional_accepted_on END,
                       prompt = NULL, closed_at = :at, closed_by = :by, version = version + 1
                WHERE id = :id
                """).param("on", c.closedOn()).param("reason", reason).param("need", need).param("lead", lead)
                .param("leadName", EpisodeRules.blankToNull(c.leadProfessionalName()))
                .param("leadAgency", EpisodeRules.blankToNull(c.leadProfessionalAgency())).param("accepted", c.leadProfessionalAcceptedOn())
                .param("at", Timestamp.from(clock.instant())).param("by", me).param("id", episodeId).update();
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "EPISODE", episodeId, null,
                Map.of("closedOn", c.closedOn().toString(), "closureReason", reason, "child", e.childId().toString())));
        String leadProfessional = lead ? c.leadProfessionalName().strip() + " (" + c.leadProfessionalAgency().strip() + "), accepted "
                + c.leadProfessionalAcceptedOn() : null;
        events.publishEvent(new EpisodeClosed(episodeId, e.childId(), e.referralDate(), c.closedOn(), reason,
                codes.cinClosureReason().labelOrCode(reason), leadProfessional, me));
        return find(episodeId);
    }

    /** The codes of a list, for the rules. */
    private static Set<String> codes(List<Code> list) {
        return list.stream().map(Code::code).collect(Collectors.toSet());
    }

    // --- fed by listeners (delivered after commit, without a signed-in person) ---

    /** A referral was accepted: it opens an episode, or joins the one it belongs to (never a second, overlapping one). */
    @Transactional
    void referralAccepted(UUID referralId, UUID childId, LocalDate referralDate, String referralSource) {
        if (childId == null) {
            return;
        }
        boolean known = jdbc.sql("SELECT count(*) FROM childinneed.episode_referral WHERE referral_id = :r").param("r", referralId)
                .query(Long.class).single() > 0;
        if (known) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:child))").param("child", childId.toString()).query(Object.class).list();
        List<EpisodeRules.Period> periods = jdbc.sql("SELECT id, referral_date, closed_on FROM childinneed.episode WHERE child_id = :child")
                .param("child", childId)
                .query((rs, n) -> new EpisodeRules.Period(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .list();
        Optional<UUID> joins = EpisodeRules.episodeFor(periods, referralDate);
        Timestamp now = Timestamp.from(clock.instant());
        UUID episodeId = joins.orElseGet(UUID::randomUUID);
        if (joins.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO childinneed.episode (id, child_id, referral_id, referral_date, referral_source, opened_at)
                    VALUES (:id, :child, :r, :date, :source, :at)
                    """).param("id", episodeId).param("child", childId).param("r", referralId).param("date", referralDate)
                    .param("source", referralSource).param("at", now).update();
        }
        jdbc.sql("""
                INSERT INTO childinneed.episode_referral (referral_id, episode_id, referral_date, referral_source, opened_episode, recorded_at)
                VALUES (:r, :e, :date, :source, :opened, :at)
                """).param("r", referralId).param("e", episodeId).param("date", referralDate).param("source", referralSource)
                .param("opened", joins.isEmpty()).param("at", now).update();
        audit.record(new AuditEntry(null, joins.isEmpty() ? AuditAction.CREATED : AuditAction.CHANGED, "EPISODE", episodeId, null,
                Map.of("referral", referralId.toString(), "child", childId.toString())));
    }

    /** Records or updates one piece of activity in the episode the referral (or else the child's open episode) belongs to. */
    @Transactional
    void activity(String kind, UUID sourceId, UUID childId, UUID referralId, LocalDate startedOn, LocalDate endedOn, String outcome,
            List<String> factors, Boolean icpcNotRequired, LocalDate conferenceDue, String leadProfessional) {
        Optional<UUID> episode = episodeOf(childId, referralId, startedOn);
        if (episode.isEmpty()) {
            log.warn("No episode of need for {} {} of child {}: activity not recorded", kind, sourceId, childId);
            return;
        }
        jdbc.sql("""
                INSERT INTO childinneed.episode_activity (id, episode_id, kind, source_id, started_on, ended_on, outcome, factors,
                                                          icpc_not_required, initial_conference_due, lead_professional, recorded_at)
                VALUES (:id, :e, :kind, :source, :started, :ended, :outcome, :factors, :icpc, :due, :lead, :at)
                ON CONFLICT (kind, source_id) DO UPDATE SET started_on = EXCLUDED.started_on,
                    ended_on = coalesce(EXCLUDED.ended_on, childinneed.episode_activity.ended_on),
                    outcome = coalesce(EXCLUDED.outcome, childinneed.episode_activity.outcome),
                    factors = coalesce(EXCLUDED.factors, childinneed.episode_activity.factors),
                    icpc_not_required = coalesce(EXCLUDED.icpc_not_required, childinneed.episode_activity.icpc_not_required),
                    initial_conference_due = coalesce(EXCLUDED.initial_conference_due, childinneed.episode_activity.initial_conference_due),
                    lead_professional = coalesce(EXCLUDED.lead_professional, childinneed.episode_activity.lead_professional)
                """).param("id", UUID.randomUUID()).param("e", episode.get()).param("kind", kind).param("source", sourceId)
                .param("started", startedOn).param("ended", endedOn).param("outcome", outcome)
                .param("factors", factors == null ? null : factors.toArray(new String[0])).param("icpc", icpcNotRequired)
                .param("due", conferenceDue).param("lead", leadProfessional).param("at", Timestamp.from(clock.instant())).update();
    }

    /** A piece of activity recorded earlier finished on {@code endedOn} (for example a child protection plan ending). */
    @Transactional
    void activityEnded(String kind, UUID sourceId, LocalDate endedOn) {
        jdbc.sql("UPDATE childinneed.episode_activity SET ended_on = :on WHERE kind = :kind AND source_id = :source").param("on", endedOn)
                .param("kind", kind).param("source", sourceId).update();
    }

    /** The assessment asked for a child in need plan: the episode shows "start the child in need plan" until one starts. */
    @Transactional
    void promptPlan(UUID childId, UUID referralId, LocalDate on, UUID assessmentId) {
        episodeOf(childId, referralId, on).ifPresent(id -> jdbc.sql("""
                UPDATE childinneed.episode SET prompt = 'START_CIN_PLAN', prompt_source_id = :a, version = version + 1
                WHERE id = :id AND closed_on IS NULL
                """).param("a", assessmentId).param("id", id).update());
    }

    /** The assessment agreed a step-down to early help: the named lead professional is recorded, not yet accepted. */
    @Transactional
    void stepDownAgreed(UUID childId, UUID referralId, LocalDate on, String leadProfessional) {
        episodeOf(childId, referralId, on).ifPresent(id -> jdbc.sql("""
                UPDATE childinneed.episode SET lead_professional_name = :lead, lead_professional_accepted_on = NULL, version = version + 1
                WHERE id = :id AND closed_on IS NULL
                """).param("lead", leadProfessional == null || leadProfessional.isBlank() ? "Not yet named" : leadProfessional.strip())
                .param("id", id).update());
    }

    /**
     * A child protection plan ended with a step-down to early help: the named lead professional and their agency
     * are recorded on the episode (not yet accepted) and on the plan's activity, so the episode closes only once
     * they have accepted.
     */
    @Transactional
    void leadProfessionalNamed(UUID childId, UUID referralId, LocalDate on, String kind, UUID sourceId, String name, String agency) {
        Optional<UUID> episode = episodeOf(childId, referralId, on);
        if (episode.isEmpty()) {
            log.warn("No episode of need for child {}: the early help lead professional of {} {} not recorded", childId, kind, sourceId);
            return;
        }
        jdbc.sql("""
                UPDATE childinneed.episode SET lead_professional_name = :name, lead_professional_agency = :agency,
                       lead_professional_accepted_on = NULL, version = version + 1
                WHERE id = :id AND closed_on IS NULL
                """).param("name", name).param("agency", agency).param("id", episode.get()).update();
        jdbc.sql("UPDATE childinneed.episode_activity SET lead_professional = :lead WHERE kind = :kind AND source_id = :source")
                .param("lead", name + " (" + agency + ")").param("kind", kind).param("source", sourceId).update();
        audit.record(new AuditEntry(null, AuditAction.CHANGED, "EPISODE", episode.get(), null,
                Map.of("child", childId.toString(), "leadProfessionalNamed", kind, "source", sourceId.toString())));
    }

    private Optional<UUID> episodeOf(UUID childId, UUID referralId, LocalDate on) {
        if (referralId != null) {
            Optional<UUID> byReferral = jdbc.sql("SELECT episode_id FROM childinneed.episode_referral WHERE referral_id = :r").param("r", referralId)
                    .query(UUID.class).optional();
            if (byReferral.isPresent()) {
                return byReferral;
            }
        }
        Optional<UUID> open = jdbc.sql("SELECT id FROM childinneed.episode WHERE child_id = :c AND closed_on IS NULL").param("c", childId)
                .query(UUID.class).optional();
        if (open.isPresent() || on == null) {
            return open;
        }
        return jdbc.sql("""
                SELECT id FROM childinneed.episode WHERE child_id = :c AND referral_date <= :on AND closed_on >= :on ORDER BY referral_date DESC LIMIT 1
                """).param("c", childId).param("on", on).query(UUID.class).optional();
    }

    // --- reading ---

    private EpisodeSummary lockFor(UUID episodeId, long expectedVersion) {
        Long version = jdbc.sql("SELECT version FROM childinneed.episode WHERE id = :id FOR UPDATE").param("id", episodeId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("No such episode"));
        EpisodeSummary e = episodes("WHERE e.id = :id", Map.of("id", episodeId)).get(0);
        access(e.childId(), true);
        if (version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Episode", "changed since you opened it (new activity or a closure)",
                    "your change")), version);
        }
        return e;
    }

    static final RecordPart CHILD_IN_NEED = RecordPart.staffOnly("child in need");

    void access(UUID childId, boolean writing) {
        if (writing) {
            people.checkEdit(childId, CHILD_IN_NEED);
        } else {
            people.check(childId, CHILD_IN_NEED);
        }
    }

    private List<EpisodeSummary> episodes(String where, Map<String, Object> params) {
        List<Object[]> rows = jdbc.sql("""
                SELECT e.id, e.child_id, e.referral_id, e.referral_date, e.referral_source, e.primary_need, e.closed_on, e.closure_reason,
                       e.lead_professional_name, e.lead_professional_agency, e.lead_professional_accepted_on, e.prompt, e.version
                FROM childinneed.episode e
                """ + where + " ORDER BY e.referral_date DESC, e.opened_at DESC").params(params)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12), rs.getLong(13)})
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, List<EpisodeReferral>> referrals = new HashMap<>();
        jdbc.sql("""
                SELECT episode_id, referral_id, referral_date, referral_source, opened_episode FROM childinneed.episode_referral
                WHERE episode_id IN (:ids) ORDER BY referral_date, recorded_at
                """).param("ids", ids).query((rs, n) -> referrals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new EpisodeReferral(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5))))
                .list();
        Map<UUID, List<EpisodeActivitySummary>> activity = new HashMap<>();
        jdbc.sql("""
                SELECT episode_id, kind, source_id, started_on, ended_on, outcome, factors, icpc_not_required, initial_conference_due, lead_professional
                FROM childinneed.episode_activity WHERE episode_id IN (:ids) ORDER BY started_on, recorded_at
                """).param("ids", ids).query((rs, n) -> {
                    Array factors = rs.getArray(7);
                    Object icpc = rs.getObject(8);
                    return activity.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new EpisodeActivitySummary(
                            rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            rs.getString(6), factors == null ? List.of() : Arrays.asList((String[]) factors.getArray()),
                            icpc == null ? null : (Boolean) icpc, rs.getObject(9, LocalDate.class), rs.getString(10)));
                }).list();
        List<EpisodeSummary> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            String source = (String) r[4];
            String need = (String) r[5];
            String reason = (String) r[7];
            List<EpisodeActivitySummary> acts = activity.getOrDefault(id, List.of());
            boolean stepDown = acts.stream().anyMatch(a -> "ASSESSMENT".equals(a.kind()) && "STEP_DOWN_TO_EARLY_HELP".equals(a.outcome())
                    || "CP_PLAN".equals(a.kind()) && a.leadProfessional() != null);
            out.add(new EpisodeSummary(id, (UUID) r[1], (UUID) r[2], (LocalDate) r[3], source,
                    source == null ? null : codes.referralSource().labelOrCode(source), need, need == null ? null : codes.primaryNeed().labelOrCode(need),
                    (LocalDate) r[6], reason, reason == null ? null : codes.cinClosureReason().labelOrCode(reason), (String) r[8], (String) r[9],
                    (LocalDate) r[10], "START_CIN_PLAN".equals(r[11]), stepDown, (long) r[12], referrals.getOrDefault(id, List.of()), acts));
        }
        return out;
    }

    /** Labels of the closure reasons and primary needs, for forms. */
    @PreAuthorize(READERS)
    public Map<String, List<Code>> codeLists() {
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        lists.put("closureReasons", codes.cinClosureReason().active());
        lists.put("primaryNeeds", codes.primaryNeed().active());
        return lists;
    }
}
