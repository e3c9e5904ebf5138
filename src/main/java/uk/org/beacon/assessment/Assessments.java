package uk.org.beacon.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RecordPart;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.timescales.Timescales;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Child and family assessments. The worker starts one from the child's referral (at most one in
 * progress per child), writes it section by section as a draft saved as it is typed, and submits it;
 * a team manager returns it with comments (the worker's text untouched) or authorises it with a
 * rationale, which stops the referral's assessment clock (T2, 45 working days, asking why when late)
 * and announces {@link AssessmentAuthorised}. A manager never authorises their own assessment. The
 * authorised assessment is read-only (also in the database); corrections are amendments with a
 * reason. The family's copy is a plain-language PDF without information from other people. Every
 * read goes through the child's record access and is audited; every change is audited.
 */
@Service
public class Assessments {

    static final String READERS = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";
    static final String WRITERS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER')";
    static final String MANAGERS = "hasRole('TEAM_MANAGER')";
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String T2 = "T2";
    private static final String SUBJECT = "ASSESSMENT";

    private final JdbcClient jdbc;
    private final People people;
    private final Contacts contacts;
    private final Clocks clocks;
    private final Timescales timescales;
    private final CurrentStaff currentStaff;
    private final Staff staff;
    private final AuditTrail audit;
    private final Codes codes;
    private final ApplicationEventPublisher events;
    private final AssessmentFamilyPdf familyPdf;
    private final String authorityName;
    private final Clock clock;

    Assessments(JdbcClient jdbc, People people, Contacts contacts, Clocks clocks, Timescales timescales, CurrentStaff currentStaff, Staff staff,
            AuditTrail audit, Codes codes, ApplicationEventPublisher events, AssessmentFamilyPdf familyPdf,
            @Value("${beacon.authority-name:Beacon}") String authorityName, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.contacts = contacts;
        this.clocks = clocks;
        this.timescales = timescales;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.audit = audit;
        this.codes = codes;
        this.events = events;
        this.familyPdf = familyPdf;
        this.authorityName = authorityName;
        this.clock = clock;
    }

    /**
     * Starts the assessment of the child's referral, by the signed-in worker, on {@code startedOn}
     * (not before the referral, not in the future). Refused while another assessment of the child is
     * in progress, or when this referral has been assessed already.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public AssessmentDetails start(UUID childId, UUID referralId, LocalDate startedOn) {
        openChild(childId, true);
        ReferralSummary referral = contacts.referralsFor(childId).stream().filter(r -> r.id().equals(referralId)).findFirst()
                .orElseThrow(() -> new RuleViolationException(Map.of("referralId", "Choose one of the child's referrals")));
        Map<String, String> errors = AssessmentRules.checkStart(startedOn, referral.referralDate(), today());
        if (inProgress(childId) != null) {
            errors.put("referralId", "An assessment of this child is already in progress: continue that one");
        } else if (jdbc.sql("SELECT count(*) FROM assessment.assessment WHERE referral_id = :r").param("r", referralId).query(Long.class).single() > 0) {
            errors.put("referralId", "This referral has already been assessed");
        }
        refuseIf(errors);
        StaffSummary me = currentStaff.require();
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO assessment.assessment (id, child_id, referral_id, referral_date, started_on, worker_id, team_id, status,
                                                   started_at, saved_at, recorded_at, version)
                VALUES (:id, :child, :referral, :referralDate, :startedOn, :worker, :team, 'DRAFT', :now, :now, :now, 0)
                """)
                .param("id", id).param("child", childId).param("referral", referralId).param("referralDate", referral.referralDate())
                .param("startedOn", startedOn).param("worker", me.id()).param("team", me.teamId()).param("now", now)
                .update();
        audit.record(new AuditEntry(me.id(), AuditAction.CREATED, SUBJECT, id, null,
                Map.of("child", childId.toString(), "referral", referralId.toString(), "startedOn", startedOn.toString())));
        events.publishEvent(new AssessmentStarted(id, childId, referralId, startedOn, me.id()));
        return details(load(id));
    }

    /**
     * Saves what the worker has written into their draft (or the assessment returned to them).
     * Refused if the draft rules are broken; a stale {@code expectedVersion} is an edit conflict
     * unless what is saved is already what is sent. Saving unchanged content changes nothing.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public AssessmentDetails saveDraft(UUID id, long expectedVersion, AssessmentContent content) {
        Row row = workersOwn(id);
        AssessmentContent c = (content == null ? AssessmentContent.empty() : content).normalised();
        refuseIf(AssessmentRules.checkDraft(c, row.referralDate, today()));
        if (c.equals(row.content)) {
            return details(row);
        }
        if (row.version != expectedVersion) {
            throw new EditConflictException(differences(row.content, c), row.version);
        }
        openChild(row.childId, true);
        List<String> changed = differences(row.content, c).stream().map(FieldDifference::field).toList();
        int updated = jdbc.sql("""
                UPDATE assessment.assessment SET child_seen_on = :seenOn, child_seen_alone_on = :aloneOn, child_not_seen_reason = :notSeen,
                       childs_views = :childsViews, family_views = :familyViews, risks = :risks, protective_factors = :protective,
                       history_considered = :history, identity_needs = :identity, analysis = :analysis, next_steps = :nextSteps,
                       factors = coalesce(string_to_array(:factors, ','), '{}'), outcome = :outcome, lead_professional_name = :leadName,
                       lead_professional_agency = :leadAgency, third_party_information = :thirdParty, saved_at = :now, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("seenOn", c.childSeenOn()).param("aloneOn", c.childSeenAloneOn()).param("notSeen", c.childNotSeenReason())
                .param("childsViews", c.childsViews()).param("familyViews", c.familyViews()).param("risks", c.risks())
                .param("protective", c.protectiveFactors()).param("history", c.historyConsidered()).param("identity", c.identityNeeds())
                .param("analysis", c.analysis()).param("nextSteps", c.nextSteps()).param("factors", String.join(",", c.factors()))
                .param("outcome", c.outcome() == null ? null : c.outcome().name()).param("leadName", c.leadProfessionalName())
                .param("leadAgency", c.leadProfessionalAgency()).param("thirdParty", c.thirdPartyInformation())
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            Row now = load(id);
            throw new EditConflictException(differences(now.content, c), now.version);
        }
        audit.record(new AuditEntry(row.workerId, AuditAction.CHANGED, SUBJECT, id, null, Map.of("fields", changed, "toVersion", expectedVersion + 1)));
        return details(load(id));
    }

    /** The worker submits the assessment for a manager's authorisation: it must be complete (see {@link AssessmentRules}). */
    @PreAuthorize(WRITERS)
    @Transactional
    public AssessmentDetails submit(UUID id, long expectedVersion) {
        Row row = workersOwn(id);
        if (row.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Assessment", "saved again since you opened it", "")), row.version);
        }
        openChild(row.childId, true);
        refuseIf(AssessmentRules.checkSubmission(row.content, factorCodes(), row.referralDate, today()));
        UUID me = currentStaff.require().id();
        Instant now = clock.instant();
        transition(row, AssessmentStatus.SUBMITTED, "status = 'SUBMITTED', submitted_at = :now, submitted_by = :me", Map.of("now", Timestamp.from(now), "me", me));
        review(id, "SUBMITTED", null, me, now);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, id, null, Map.of("status", "SUBMITTED")));
        return details(load(id));
    }

    /** A manager returns a submitted assessment to its worker with what needs to change; the worker's text is untouched. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public AssessmentDetails returnToWorker(UUID id, long expectedVersion, String comment) {
        Row row = submitted(id, expectedVersion);
        refuseIf(AssessmentRules.checkReturn(comment));
        UUID me = currentStaff.require().id();
        Instant now = clock.instant();
        transition(row, AssessmentStatus.RETURNED, "status = 'RETURNED'", Map.of());
        review(id, "RETURNED", comment.strip(), me, now);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, id, comment.strip(), Map.of("status", "RETURNED")));
        return details(load(id));
    }

    /**
     * A manager authorises a submitted assessment (not their own) on {@code authorisedOn}, with their
     * rationale, which the family's copy shows. The referral's T2 clock stops that day; when that is
     * late the reason is required. From now on the assessment is read-only.
     */
    @PreAuthorize(MANAGERS)
    @Transactional
    public AssessmentDetails authorise(UUID id, long expectedVersion, LocalDate authorisedOn, String rationale, String lateReasonCode,
            String lateReasonText) {
        Row row = submitted(id, expectedVersion);
        UUID me = currentStaff.require().id();
        if (me.equals(row.workerId)) {
            throw new RuleViolationException(Map.of("rationale", "You cannot authorise your own assessment: another manager must"));
        }
        Map<String, String> errors = AssessmentRules.checkAuthorisation(authorisedOn, rationale, row.startedOn, today());
        refuseIf(AssessmentRules.checkSubmission(row.content, factorCodes(), row.referralDate, today()));
        ClockSummary t2 = errors.isEmpty() ? t2(row.referralId, authorisedOn) : null;
        boolean late = t2 != null && clocks.lateIfStoppedOn(t2.id(), authorisedOn);
        if (late) {
            if (AssessmentRules.blank(lateReasonCode)) {
                errors.put("lateReasonCode", "The assessment is late (due by " + t2.due() + "): choose why");
            } else if (!clocks.lateReasons().isActive(lateReasonCode)) {
                errors.put("lateReasonCode", "Choose a reason from the list");
            }
            if (AssessmentRules.blank(lateReasonText)) {
                errors.put("lateReasonText", "Explain in your own words why the assessment was late");
            }
        }
        refuseIf(errors);
        Instant now = clock.instant();
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("on", authorisedOn);
        set.put("now", Timestamp.from(now));
        set.put("me", me);
        set.put("rationale", rationale.strip());
        set.put("code", late ? lateReasonCode : null);
        set.put("text", late ? lateReasonText.strip() : null);
        transition(row, AssessmentStatus.AUTHORISED, """
                status = 'AUTHORISED', authorised_on = :on, authorised_at = :now, authorised_by = :me, manager_rationale = :rationale,
                late_reason_code = :code, late_reason_text = :text""", set);
        review(id, "AUTHORISED", rationale.strip(), me, now);
        if (t2 != null) {
            clocks.stop(t2.id(), authorisedOn, late ? new LateReason(lateReasonCode, lateReasonText.strip()) : null);
        }
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, id, null, Map.of("status", "AUTHORISED", "authorisedOn", authorisedOn.toString())));
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "PERSON", row.childId, null, Map.of("assessmentAuthorised", id.toString())));
        AssessmentContent c = row.content;
        String lead = c.outcome() == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP ? c.leadProfessionalName() + " (" + c.leadProfessionalAgency() + ")" : null;
        events.publishEvent(new AssessmentAuthorised(id, row.childId, row.referralId, row.startedOn, authorisedOn, c.factors(), c.outcome(), lead,
                rationale.strip(), me));
        return details(load(id));
    }

    /** Corrects a section of an authorised assessment: the corrected text and the reason are appended; the assessment never changes. */
    @PreAuthorize(WRITERS)
    @Transactional
    public AssessmentDetails amend(UUID id, String section, String reason, String correctedText) {
        Row row = load(id);
        if (row.status != AssessmentStatus.AUTHORISED) {
            throw new RuleViolationException(Map.of("section", "This assessment is not authorised yet: change the draft instead"));
        }
        openChild(row.childId, true);
        refuseIf(AssessmentRules.checkAmendment(section, reason, correctedText));
        UUID me = currentStaff.require().id();
        UUID amendment = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO assessment.amendment (id, assessment_id, section, reason, corrected_text, amended_by, amended_at)
                VALUES (:id, :assessment, :section, :reason, :text, :by, :at)
                """)
                .param("id", amendment).param("assessment", id).param("section", section).param("reason", reason.strip())
                .param("text", correctedText.strip()).param("by", me).param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, id, reason.strip(), Map.of("amendment", amendment.toString(), "section", section)));
        return details(row);
    }

    /** One assessment; the view is audited on the child's record. */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public AssessmentDetails open(UUID id) {
        Row row = load(id);
        viewed(row.childId, Map.of("assessment", id.toString()));
        return details(row);
    }

    /** The child's assessments, newest first. Access is checked (refusals audited); the record page audits the view. */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public List<AssessmentSummary> forChild(UUID childId) {
        checkReadAccess(childId);
        return summaries(jdbc.sql(SUMMARY + " WHERE a.child_id = :child ORDER BY a.started_on DESC, a.started_at DESC").param("child", childId)
                .query(this::summary).list());
    }

    /** The child's referrals not yet assessed, newest first (to start an assessment from). */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public List<ReferralSummary> referralsToAssess(UUID childId) {
        checkReadAccess(childId);
        Set<UUID> assessed = new HashSet<>(jdbc.sql("SELECT referral_id FROM assessment.assessment WHERE child_id = :c").param("c", childId)
                .query(UUID.class).list());
        return contacts.referralsFor(childId).stream().filter(r -> !assessed.contains(r.id())).toList();
    }

    /** Assessments submitted and waiting for a manager: the signed-in manager's team's (all, for a manager without a team), oldest first. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<AssessmentSummary> awaitingAuthorisation() {
        StaffSummary me = currentStaff.require();
        return summaries(jdbc.sql(SUMMARY + " WHERE a.status = 'SUBMITTED' AND (CAST(:team AS uuid) IS NULL OR a.team_id = :team) ORDER BY a.submitted_at")
                .param("team", me.teamId()).query(this::summary).list());
    }

    /** The signed-in worker's assessments in progress (drafts and those returned to them), the returned ones first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssessmentSummary> mine() {
        UUID me = currentStaff.require().id();
        return summaries(jdbc.sql(SUMMARY + " WHERE a.worker_id = :me AND a.status IN ('DRAFT', 'RETURNED') ORDER BY a.status DESC, a.started_on")
                .param("me", me).query(this::summary).list());
    }

    /**
     * The family's copy of an authorised assessment as a PDF, in plain language, with the manager's
     * rationale and without information from other people or worker-only notes. Audited as a disclosure.
     */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public byte[] familyCopy(UUID id) {
        Row row = load(id);
        if (row.status != AssessmentStatus.AUTHORISED) {
            throw new RuleViolationException(Map.of("assessment", "The family's copy is available once the assessment is authorised"));
        }
        viewed(row.childId, Map.of("assessment", id.toString(), "printed", "family copy"));
        PersonDetails child = people.open(row.childId);
        AssessmentDetails d = details(row);
        StaffSummary me = currentStaff.require();
        return familyPdf.render(new AssessmentFamilyPdf.Document(authorityName, child.fullName(), child.dateOfBirth(), d, factorCodes(),
                clock.instant().atZone(UK), me.displayName()));
    }

    /** Whether authorising the assessment on that day would be late for the referral's T2 clock (the form then asks why). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean lateIfAuthorisedOn(UUID id, LocalDate on) {
        if (on == null) {
            return false;
        }
        Row row = load(id);
        ClockSummary t2 = t2(row.referralId, on);
        return t2 != null && clocks.lateIfStoppedOn(t2.id(), on);
    }

    /** The child's record as the assessment's identity section shows it (the view of the page is audited by the page's own read). */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public PersonDetails child(UUID childId) {
        return people.open(childId);
    }

    /** The child whose assessment it is; nothing checked or audited (the API checks the path before acting). */
    @Transactional(readOnly = true)
    UUID childOf(UUID id) {
        return load(id).childId;
    }

    public CodeSet factorCodes() {
        return codes.assessmentFactor();
    }

    public CodeSet lateReasons() {
        return clocks.lateReasons();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** The T2 date of a referral made on that day. */
    public LocalDate dueFor(LocalDate referralDate) {
        return timescales.due(T2, referralDate);
    }

    private ClockSummary t2(UUID referralId, LocalDate on) {
        return clocks.openForSubject("REFERRAL", referralId, on).stream().filter(c -> c.ruleId().equals(T2) && c.open()).findFirst().orElse(null);
    }

    private UUID inProgress(UUID childId) {
        return jdbc.sql("SELECT id FROM assessment.assessment WHERE child_id = :c AND status <> 'AUTHORISED'").param("c", childId)
                .query(UUID.class).optional().orElse(null);
    }

    private void transition(Row row, AssessmentStatus to, String set, Map<String, Object> params) {
        requireChange(row, to);
        var spec = jdbc.sql("UPDATE assessment.assessment SET " + set + ", version = version + 1 WHERE id = :id AND version = :version")
                .param("id", row.id).param("version", row.version);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        if (spec.update() == 0) {
            throw new EditConflictException(List.of(new FieldDifference("Assessment", "changed since you opened it", "")), load(row.id).version);
        }
    }

    private static void requireChange(Row row, AssessmentStatus to) {
        if (!row.status.next().contains(to)) {
            throw new RuleViolationException(Map.of("assessment", "An assessment that is " + row.status.label().toLowerCase()
                    + " cannot become " + to.label().toLowerCase()));
        }
    }

    private void review(UUID id, String action, String comment, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO assessment.review (id, assessment_id, action, comment, acted_by, acted_at) VALUES (:id, :a, :action, :comment, :by, :at)
                """)
                .param("id", UUID.randomUUID()).param("a", id).param("action", action).param("comment", comment).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** The assessment if it is the signed-in worker's and still theirs to change. */
    private Row workersOwn(UUID id) {
        Row row = load(id);
        UUID me = currentStaff.require().id();
        if (row.status == AssessmentStatus.AUTHORISED) {
            throw new RuleViolationException(Map.of("assessment", "This assessment is authorised and cannot be changed: add an amendment instead"));
        }
        if (!me.equals(row.workerId)) {
            throw new AccessDeniedException("Only the assessment's worker changes it");
        }
        if (row.status == AssessmentStatus.SUBMITTED) {
            throw new RuleViolationException(Map.of("assessment", "This assessment is with a manager for authorisation: it cannot be changed now"));
        }
        return row;
    }

    private Row submitted(UUID id, long expectedVersion) {
        Row row = load(id);
        if (row.status != AssessmentStatus.SUBMITTED) {
            throw new RuleViolationException(Map.of("assessment", row.status == AssessmentStatus.AUTHORISED ? "This assessment is already authorised"
                    : "This assessment has not been submitted for authorisation"));
        }
        if (row.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Assessment", "changed since you opened it", "")), row.version);
        }
        openChild(row.childId, true);
        return row;
    }

    private static final RecordPart ASSESSMENTS = RecordPart.staffOnly("assessments");

    /** Opens the child's record to change an assessment: checked (refusals audited) and needs a role that edits records. */
    private void openChild(UUID childId, boolean writing) {
        if (writing) {
            people.checkEdit(childId, ASSESSMENTS);
        } else {
            people.check(childId, ASSESSMENTS);
        }
    }

    private void checkReadAccess(UUID childId) {
        people.check(childId, ASSESSMENTS);
    }

    private void viewed(UUID childId, Map<String, Object> detail) {
        people.read(childId, ASSESSMENTS, detail);
    }

    // ---- reading rows

    /** An assessment row as stored. */
    record Row(UUID id, UUID childId, UUID referralId, LocalDate referralDate, LocalDate startedOn, UUID workerId, UUID teamId,
            AssessmentStatus status, AssessmentContent content, Instant startedAt, Instant savedAt, Instant submittedAt, LocalDate authorisedOn,
            Instant authorisedAt, UUID authorisedBy, String managerRationale, String lateReasonCode, String lateReasonText, long version) {}

    private static final String ROW = """
            SELECT id, child_id, referral_id, referral_date, started_on, worker_id, team_id, status, child_seen_on, child_seen_alone_on,
                   child_not_seen_reason, childs_views, family_views, risks, protective_factors, history_considered, identity_needs, analysis,
                   next_steps, array_to_string(factors, ','), outcome, lead_professional_name, lead_professional_agency, third_party_information,
                   started_at, saved_at, submitted_at, authorised_on, authorised_at, authorised_by, manager_rationale, late_reason_code,
                   late_reason_text, version
            FROM assessment.assessment""";

    Row load(UUID id) {
        return jdbc.sql(ROW + " WHERE id = :id").param("id", id).query(Assessments::row).optional()
                .orElseThrow(() -> new NotFoundException("No such assessment"));
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String outcome = rs.getString(21);
        AssessmentContent content = new AssessmentContent(date(rs, 9), date(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19), factors(rs.getString(20)),
                outcome == null ? null : AssessmentOutcome.valueOf(outcome), rs.getString(22), rs.getString(23), rs.getString(24));
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), date(rs, 4), date(rs, 5),
                rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), AssessmentStatus.valueOf(rs.getString(8)), content, instant(rs, 25),
                instant(rs, 26), instant(rs, 27), date(rs, 28), instant(rs, 29), rs.getObject(30, UUID.class), rs.getString(31), rs.getString(32),
                rs.getString(33), rs.getLong(34));
    }

    private AssessmentDetails details(Row r) {
        List<AssessmentDetails.Review> reviews = jdbc.sql("""
                        SELECT action, comment, acted_by, acted_at FROM assessment.review WHERE assessment_id = :id ORDER BY acted_at, id
                        """)
                .param("id", r.id)
                .query((rs, i) -> new AssessmentDetails.Review(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), null, instant(rs, 4)))
                .list();
        List<AssessmentDetails.Amendment> amendments = jdbc.sql("""
                        SELECT id, section, reason, corrected_text, amended_by, amended_at FROM assessment.amendment WHERE assessment_id = :id
                        ORDER BY amended_at, id
                        """)
                .param("id", r.id)
                .query((rs, i) -> new AssessmentDetails.Amendment(rs.getObject(1, UUID.class), rs.getString(2), null, rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), null, instant(rs, 6)))
                .list();
        Set<UUID> ids = new HashSet<>();
        ids.add(r.workerId);
        if (r.authorisedBy != null) {
            ids.add(r.authorisedBy);
        }
        reviews.forEach(v -> ids.add(v.actedBy()));
        amendments.forEach(a -> ids.add(a.amendedBy()));
        Map<UUID, String> names = staff.displayNames(ids);
        return new AssessmentDetails(r.id, r.childId, r.referralId, r.referralDate, r.startedOn, dueFor(r.referralDate), r.workerId,
                names.get(r.workerId), r.teamId, r.status, r.content, r.startedAt, r.savedAt, r.submittedAt, r.authorisedOn, r.authorisedAt,
                r.authorisedBy, r.authorisedBy == null ? null : names.get(r.authorisedBy), r.managerRationale, r.lateReasonCode, r.lateReasonText,
                reviews.stream().map(v -> new AssessmentDetails.Review(v.action(), v.comment(), v.actedBy(), names.get(v.actedBy()), v.actedAt())).toList(),
                amendments.stream().map(a -> new AssessmentDetails.Amendment(a.id(), a.section(), AssessmentRules.SECTIONS.getOrDefault(a.section(), a.section()),
                        a.reason(), a.correctedText(), a.amendedBy(), names.get(a.amendedBy()), a.amendedAt())).toList(),
                r.version);
    }

    private static final String SUMMARY = """
            SELECT a.id, a.child_id, a.referral_id, a.referral_date, a.started_on, a.status, a.worker_id, a.team_id, a.submitted_at,
                   a.authorised_on, array_to_string(a.factors, ','), a.outcome, a.version
            FROM assessment.assessment a""";

    private AssessmentSummary summary(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String outcome = rs.getString(12);
        LocalDate referralDate = date(rs, 4);
        return new AssessmentSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null, rs.getObject(3, UUID.class), referralDate,
                date(rs, 5), null, AssessmentStatus.valueOf(rs.getString(6)), rs.getObject(7, UUID.class), null, rs.getObject(8, UUID.class),
                instant(rs, 9), date(rs, 10), factors(rs.getString(11)), outcome == null ? null : AssessmentOutcome.valueOf(outcome), rs.getLong(13));
    }

    private List<AssessmentSummary> summaries(List<AssessmentSummary> list) {
        if (list.isEmpty()) {
            return list;
        }
        Map<UUID, String> workers = staff.displayNames(list.stream().map(AssessmentSummary::workerId).distinct().toList());
        Map<UUID, PersonBrief> children = people.briefs(list.stream().map(AssessmentSummary::childId).distinct().toList());
        return list.stream().map(s -> new AssessmentSummary(s.id(), s.childId(), name(children.get(s.childId())), s.referralId(), s.referralDate(),
                s.startedOn(), dueFor(s.referralDate()), s.status(), s.workerId(), workers.get(s.workerId()), s.teamId(), s.submittedAt(),
                s.authorisedOn(), s.factors(), s.outcome(), s.version())).toList();
    }

    private static String name(PersonBrief brief) {
        return brief == null ? null : brief.name();
    }

    private static List<String> factors(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<FieldDifference> differences(AssessmentContent saved, AssessmentContent yours) {
        List<FieldDifference> d = new ArrayList<>();
        diff(d, "Date the child was seen", saved.childSeenOn(), yours.childSeenOn());
        diff(d, "Date the child was seen alone", saved.childSeenAloneOn(), yours.childSeenAloneOn());
        diff(d, "Why the child was not seen", saved.childNotSeenReason(), yours.childNotSeenReason());
        diff(d, "The child's views", saved.childsViews(), yours.childsViews());
        diff(d, "Parents' and carers' views", saved.familyViews(), yours.familyViews());
        diff(d, "Risks", saved.risks(), yours.risks());
        diff(d, "Protective factors", saved.protectiveFactors(), yours.protectiveFactors());
        diff(d, "History considered", saved.historyConsidered(), yours.historyConsidered());
        diff(d, "Identity needs", saved.identityNeeds(), yours.identityNeeds());
        diff(d, "Analysis", saved.analysis(), yours.analysis());
        diff(d, "What happens next", saved.nextSteps(), yours.nextSteps());
        diff(d, "Factors identified", String.join(", ", saved.factors()), String.join(", ", yours.factors()));
        diff(d, "Outcome", saved.outcome() == null ? null : saved.outcome().label(), yours.outcome() == null ? null : yours.outcome().label());
        diff(d, "Lead professional", saved.leadProfessionalName(), yours.leadProfessionalName());
        diff(d, "Lead professional's agency", saved.leadProfessionalAgency(), yours.leadProfessionalAgency());
        diff(d, "Information from other people", saved.thirdPartyInformation(), yours.thirdPartyInformation());
        return d;
    }

    private static void diff(List<FieldDifference> d, String field, Object saved, Object yours) {
        if (!Objects.equals(saved, yours)) {
            d.add(new FieldDifference(field, saved == null ? "" : saved.toString(), yours == null ? "" : yours.toString()));
        }
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
