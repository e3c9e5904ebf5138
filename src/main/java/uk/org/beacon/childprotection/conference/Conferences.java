package uk.org.beacon.childprotection.conference;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.Section47EnquiryConcluded;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.person.RecordPart;
import uk.org.beacon.person.RelationshipView;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.timescales.Timescales;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Initial child protection conferences. When a section 47 enquiry concludes that a conference is needed
 * the conference is created "to be arranged", due by T5. The chair arranges it on a working day (never
 * before the enquiry began), invites the parents (from the child's relationships), the child (in an
 * age-appropriate way, with an offer of advocacy) and the agencies, each asked for a report; a missing
 * report shows before the conference. On the day the chair records who took part and the decision; the
 * held date stops the T5 clock (a late conference needs the reason) and {@link InitialConferenceHeld} is
 * announced. The minutes are a draft, saved as typed, until the chair finalises them; then the conference
 * is immutable and corrections are amendments. Every read is audited; every change too.
 */
@Service
public class Conferences {

    static final String READERS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";
    static final String CONTRIBUTORS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR')";
    static final String CHAIRS = "hasRole('CP_CHAIR')";
    static final String AUDIT_SUBJECT = "CHILD_PROTECTION_CONFERENCE";
    static final String SHARING_RULE = "L2";
    static final String T5 = "T5";
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final RecordPart PART = RecordPart.staffOnly("child protection conference");
    static final Set<String> PARENT_RELATIONSHIPS = Set.of("Mother", "Father", "Stepmother", "Stepfather", "Parent (other)",
            "Carer (not a parent)", "Special guardian");
    static final List<String> PRESELECTED_AGENCIES = List.of("POLICE", "HEALTH_GP");

    private final JdbcClient jdbc;
    private final People people;
    private final Families families;
    private final Staff staff;
    private final Teams teams;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Codes codes;
    private final Clocks clocks;
    private final Timescales timescales;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conferences(JdbcClient jdbc, People people, Families families, Staff staff, Teams teams, CurrentStaff currentStaff, AuditTrail audit,
            Codes codes, Clocks clocks, Timescales timescales, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.families = families;
        this.staff = staff;
        this.teams = teams;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.codes = codes;
        this.clocks = clocks;
        this.timescales = timescales;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** Agency reports count as shared in advance when parents had them this many working days before (local setting L2). */
    public int sharingWorkingDays() {
        return timescales.rule(SHARING_RULE).amount();
    }

    public CodeSet categories() {
        return codes.abuseCategory();
    }

    public CodeSet agencies() {
        return codes.agency();
    }

    public CodeSet lateReasons() {
        return clocks.lateReasons();
    }

    /** A concluded enquiry that needs an initial conference creates it, to be arranged, due by T5 (once per enquiry). */
    @ApplicationModuleListener
    void on(Section47EnquiryConcluded e) {
        if (e.conferenceNotRequired()) {
            return;
        }
        schedule(e);
    }

    @Transactional
    void schedule(Section47EnquiryConcluded e) {
        boolean exists = jdbc.sql("SELECT count(*) FROM childprotection.conference WHERE enquiry_id = :e AND kind = 'INITIAL'")
                .param("e", e.enquiryId()).query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        LocalDate due = e.initialConferenceDue() != null ? e.initialConferenceDue() : timescales.due(T5, e.startedOn());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO childprotection.conference (id, child_id, enquiry_id, referral_id, kind, enquiry_started_on, due_on, status, created_at)
                VALUES (:id, :child, :enquiry, :referral, 'INITIAL', :started, :due, 'TO_BE_ARRANGED', :at)
                """).param("id", id).param("child", e.childId()).param("enquiry", e.enquiryId()).param("referral", e.referralId())
                .param("started", e.startedOn()).param("due", due).param("at", Timestamp.from(clock.instant())).update();
        audit.record(new AuditEntry(null, AuditAction.CREATED, AUDIT_SUBJECT, id, null,
                Map.of("child", e.childId().toString(), "enquiry", e.enquiryId().toString(), "dueOn", due.toString())));
    }

    // ---- lists -------------------------------------------------------------------------------------------------

    /** The child's conferences, newest first (the view of the child's record is audited). */
    @PreAuthorize(READERS)
    @Transactional
    public List<ConferenceSummary> forChild(UUID childId) {
        people.read(childId, PART);
        return summaries("c.child_id = :child", Map.of("child", childId), "c.created_at DESC");
    }

    /** The child's conferences for a page that has already checked access and audited its view (the child's record page). */
    @PreAuthorize(READERS)
    @Transactional
    public List<ConferenceSummary> forRecordPage(UUID childId) {
        people.check(childId, PART);
        return summaries("c.child_id = :child", Map.of("child", childId), "c.created_at DESC");
    }

    /** Conferences arranged and not yet held, soonest first; only this chair's when {@code chairId} is given. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ConferenceSummary> upcoming(UUID chairId) {
        return chairId == null ? summaries("c.status = 'SCHEDULED'", Map.of(), "c.scheduled_for")
                : summaries("c.status = 'SCHEDULED' AND c.chair_id = :chair", Map.of("chair", chairId), "c.scheduled_for");
    }

    /** Conferences waiting to be arranged, soonest due first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ConferenceSummary> toBeArranged() {
        return summaries("c.status = 'TO_BE_ARRANGED'", Map.of(), "c.due_on, c.created_at");
    }

    /** Held conferences whose minutes are still a draft, for their chair. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ConferenceSummary> minutesToFinalise(UUID chairId) {
        return summaries("c.status = 'HELD' AND c.minutes_status = 'DRAFT' AND c.chair_id = :chair", Map.of("chair", chairId), "c.held_on");
    }

    private List<ConferenceSummary> summaries(String where, Map<String, ?> params, String order) {
        var spec = jdbc.sql("""
                SELECT c.id, c.child_id, c.enquiry_id, c.status, c.due_on, c.scheduled_for, c.venue, c.chair_id, c.held_on, c.plan_decided,
                       c.category, c.minutes_status,
                       (SELECT count(*) FROM childprotection.conference_agency_report r WHERE r.conference_id = c.id) AS requested,
                       (SELECT count(*) FROM childprotection.conference_agency_report r WHERE r.conference_id = c.id AND r.received_on IS NULL) AS missing
                FROM childprotection.conference c WHERE %s ORDER BY %s
                """.formatted(where, order));
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        List<Object[]> rows = spec.query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("enquiry_id", UUID.class), rs.getString("status"), date(rs, "due_on"), dateTime(rs, "scheduled_for"),
                rs.getString("venue"), rs.getObject("chair_id", UUID.class), date(rs, "held_on"), (Boolean) rs.getObject("plan_decided"),
                rs.getString("category"), rs.getString("minutes_status"), rs.getInt("requested"), rs.getInt("missing")}).list();
        Map<UUID, PersonBrief> children = people.briefs(rows.stream().map(r -> (UUID) r[1]).toList());
        Map<UUID, String> chairs = staff.displayNames(rows.stream().map(r -> (UUID) r[7]).filter(Objects::nonNull).toList());
        CodeSet categories = categories();
        return rows.stream().map(r -> {
            PersonBrief child = children.get((UUID) r[1]);
            String category = (String) r[10];
            return new ConferenceSummary((UUID) r[0], (UUID) r[1], child == null ? "Unknown" : child.name(), (UUID) r[2],
                    ConferenceStatus.valueOf((String) r[3]), (LocalDate) r[4], (LocalDateTime) r[5], (String) r[6], (UUID) r[7],
                    r[7] == null ? null : chairs.get((UUID) r[7]), (LocalDate) r[8], (Boolean) r[9], category,
                    category == null ? null : categories.labelOrCode(category), (int) r[12], (int) r[13], "FINAL".equals(r[11]));
        }).toList();
    }

    // ---- one conference -----------------------------------------------------------------------------------------

    /** The conference in full; the view of the child's record is audited. */
    @PreAuthorize(READERS)
    @Transactional
    public ConferenceDetails open(UUID conferenceId) {
        Row row = load(conferenceId);
        people.read(row.childId, PART, Map.of("conference", conferenceId.toString()));
        return details(row);
    }

    /** The parents and carers a chair would invite: the child's current parents, step-parents, carers and guardians. */
    @PreAuthorize(READERS)
    @Transactional
    public List<RelationshipView> familyToInvite(UUID childId) {
        people.check(childId, PART);
        return families.relationships(childId).stream()
                .filter(r -> r.endedOn() == null && !"Restricted record".equals(r.relativeName()))
                .filter(r -> r.parentalResponsibility() || PARENT_RELATIONSHIPS.contains(r.relationship()))
                .toList();
    }

    /** Staff who may chair a conference. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<StaffSummary> chairs() {
        return staff.all().stream().filter(s -> s.active() && s.has(Role.CP_CHAIR)).toList();
    }

    /**
     * Arranges (or re-arranges) the conference: the day and time, venue, chair and the invitations. Refused
     * field by field: a weekend or bank holiday, before the enquiry began, in the past, no chair. Invitations
     * already sent are kept; new ones are added, each agency asked for a report.
     */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ConferenceDetails arrange(UUID conferenceId, long expectedVersion, ConferenceArrangement a) {
        return arrange(conferenceId, expectedVersion, a, false);
    }

    /**
     * Records arrangements made before the conference was recorded in Beacon (a data migration, the demo
     * authority): the same checks except that the day may be in the past; invitations and report requests
     * are dated a week before the conference (never before the enquiry began, never after today).
     */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ConferenceDetails recordPastArrangements(UUID conferenceId, long expectedVersion, ConferenceArrangement a) {
        return arrange(conferenceId, expectedVersion, a, true);
    }

    private ConferenceDetails arrange(UUID conferenceId, long expectedVersion, ConferenceArrangement a, boolean past) {
        Row row = lock(conferenceId);
        StaffSummary me = edit(row);
        checkVersion(row, expectedVersion);
        if (row.status != ConferenceStatus.TO_BE_ARRANGED && row.status != ConferenceStatus.SCHEDULED) {
            throw new RuleViolationException(Map.of("scheduledFor", "This conference has been " + row.status.label().toLowerCase()
                    + ": it cannot be arranged again"));
        }
        boolean chairIsChair = a.chairId() != null && staff.find(a.chairId()).map(s -> s.active() && s.has(Role.CP_CHAIR)).orElse(false);
        LocalDate earliest = past && a.scheduledFor() != null ? row.enquiryStartedOn : today();
        Map<String, String> errors = ConferenceRules.checkArrangement(workingDays, a.scheduledFor(), row.enquiryStartedOn, earliest, chairIsChair);
        if (a.venue() == null || a.venue().isBlank()) {
            errors.put("venue", "Enter where the conference will be held");
        }
        if (!a.childInvited() && ConferenceRules.blank(a.childNotInvitedReason())) {
            errors.put("childNotInvitedReason", "Say why the child is not invited (for example, too young: their views come through their worker)");
        }
        List<String> agencies = a.agencies() == null ? List.of() : a.agencies().stream().filter(Objects::nonNull).distinct().toList();
        if (agencies.stream().anyMatch(code -> !agencies().isActive(code))) {
            errors.put("agencies", "Choose agencies from the list");
        } else if (agencies.isEmpty()) {
            errors.put("agencies", "Invite at least one agency (police and the GP are expected at every initial conference)");
        }
        Set<UUID> family = new LinkedHashSet<>(a.familyInvited() == null ? List.of() : a.familyInvited());
        Map<UUID, RelationshipView> known = new LinkedHashMap<>();
        families.relationships(row.childId).forEach(r -> known.put(r.relativeId(), r));
        if (family.stream().anyMatch(p -> !known.containsKey(p))) {
            errors.put("familyInvited", "Invite family members from the child's relationships");
        }
        if (a.socialWorkTeamId() != null && teams.find(a.socialWorkTeamId()).isEmpty()) {
            errors.put("socialWorkTeamId", "Choose the social work team from the list");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Instant now = clock.instant();
        LocalDate today = today();
        if (past) {
            LocalDate weekBefore = a.scheduledFor().toLocalDate().minusDays(7);
            today = weekBefore.isBefore(row.enquiryStartedOn) ? row.enquiryStartedOn : weekBefore.isAfter(today) ? today : weekBefore;
        }
        jdbc.sql("""
                UPDATE childprotection.conference SET status = 'SCHEDULED', scheduled_for = :at, venue = :venue, chair_id = :chair,
                       social_work_team_id = coalesce(:team, social_work_team_id), social_worker_id = coalesce(:worker, social_worker_id),
                       arranged_at = :now, arranged_by = :by, version = version + 1
                WHERE id = :id
                """).param("at", Timestamp.valueOf(a.scheduledFor())).param("venue", a.venue().strip()).param("chair", a.chairId())
                .param("team", a.socialWorkTeamId()).param("worker", a.socialWorkerId()).param("now", Timestamp.from(now))
                .param("by", me.id()).param("id", conferenceId).update();
        List<Invitee> existing = invitees(conferenceId);
        Set<UUID> invitedPeople = new HashSet<>();
        Set<String> invitedAgencies = new HashSet<>();
        boolean childInvitedAlready = false;
        for (Invitee i : existing) {
            if (i.personId != null) {
                invitedPeople.add(i.personId);
            }
            if (i.agency != null) {
                invitedAgencies.add(i.agency);
            }
            childInvitedAlready |= "CHILD".equals(i.kind);
        }
        for (UUID p : family) {
            if (invitedPeople.add(p)) {
                RelationshipView r = known.get(p);
                insertInvitee(conferenceId, "PARENT", p, null, r.relativeName(), r.relationship(), today, null, false, null);
            }
        }
        if (!childInvitedAlready) {
            PersonBrief child = people.briefs(List.of(row.childId)).get(row.childId);
            Integer age = child == null || child.dateOfBirth() == null ? null
                    : java.time.Period.between(child.dateOfBirth(), a.scheduledFor().toLocalDate()).getYears();
            if (a.childInvited()) {
                insertInvitee(conferenceId, "CHILD", row.childId, null, child == null ? "The child" : child.name(), "The child", today,
                        ConferenceRules.invitationStyle(age), true, null);
            } else {
                insertInvitee(conferenceId, "CHILD", row.childId, null, child == null ? "The child" : child.name(), "The child", null, null,
                        true, a.childNotInvitedReason().strip());
            }
        }
        for (String agency : agencies) {
            if (invitedAgencies.add(agency)) {
                insertInvitee(conferenceId, "AGENCY", null, agency, agencies().labelOrCode(agency), null, today, null, false, null);
                jdbc.sql("""
                        INSERT INTO childprotection.conference_agency_report (conference_id, agency, requested_on) VALUES (:id, :agency, :on)
                        """).param("id", conferenceId).param("agency", agency).param("on", today).update();
            }
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("scheduledFor", a.scheduledFor().toString());
        detail.put("chair", a.chairId().toString());
        detail.put("agencies", agencies);
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, AUDIT_SUBJECT, conferenceId, null, detail));
        events.publishEvent(new InitialConferenceScheduled(conferenceId, row.childId, row.enquiryId, a.scheduledFor(), row.dueOn, a.chairId()));
        return details(load(conferenceId));
    }

    private void insertInvitee(UUID conferenceId, String kind, UUID personId, String agency, String name, String relationship,
            LocalDate invitedOn, InvitationStyle style, boolean advocacyOffered, String notInvitedReason) {
        jdbc.sql("""
                INSERT INTO childprotection.conference_invitee (id, conference_id, kind, person_id, agency, name, relationship, invited_on,
                       invitation_style, advocacy_offered, contributed_by, not_invited_reason)
                VALUES (:id, :conference, :kind, :person, :agency, :name, :relationship, :invitedOn, :style, :advocacy, :contributed, :reason)
                """).param("id", UUID.randomUUID()).param("conference", conferenceId).param("kind", kind).param("person", personId)
                .param("agency", agency).param("name", name).param("relationship", relationship).param("invitedOn", invitedOn)
                .param("style", style == null ? null : style.name()).param("advocacy", advocacyOffered)
                .param("contributed", notInvitedReason == null ? null : "NOT_INVITED").param("reason", notInvitedReason).update();
    }

    /**
     * Records an invited agency's report: when it was received and when it was shared with the parents.
     * Refused: a date in the future, received before it was requested, shared before it was received.
     */
    @PreAuthorize(CONTRIBUTORS)
    @Transactional
    public ConferenceDetails recordReport(UUID conferenceId, long expectedVersion, String agency, LocalDate receivedOn,
            LocalDate sharedWithParentsOn) {
        Row row = lock(conferenceId);
        StaffSummary me = edit(row);
        checkVersion(row, expectedVersion);
        refuseIfFinal(row, "receivedOn");
        LocalDate requestedOn = jdbc.sql("""
                SELECT requested_on FROM childprotection.conference_agency_report WHERE conference_id = :id AND agency = :agency
                """).param("id", conferenceId).param("agency", agency).query(LocalDate.class).optional()
                .orElseThrow(() -> new RuleViolationException(Map.of("agency", "That agency was not asked for a report for this conference")));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = today();
        if (receivedOn == null) {
            errors.put("receivedOn", "Enter the date the report was received");
        } else if (receivedOn.isAfter(today)) {
            errors.put("receivedOn", "The date received must be today or in the past");
        } else if (receivedOn.isBefore(requestedOn)) {
            errors.put("receivedOn", "The report cannot be received before it was requested (" + requestedOn + ")");
        }
        if (sharedWithParentsOn != null) {
            if (sharedWithParentsOn.isAfter(today)) {
                errors.put("sharedWithParentsOn", "The date shared must be today or in the past");
            } else if (receivedOn != null && sharedWithParentsOn.isBefore(receivedOn)) {
                errors.put("sharedWithParentsOn", "The report cannot be shared with the parents before it was received");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        jdbc.sql("""
                UPDATE childprotection.conference_agency_report SET received_on = :received, shared_with_parents_on = :shared,
                       recorded_at = :at, recorded_by = :by
                WHERE conference_id = :id AND agency = :agency
                """).param("received", receivedOn).param("shared", sharedWithParentsOn).param("at", Timestamp.from(clock.instant()))
                .param("by", me.id()).param("id", conferenceId).param("agency", agency).update();
        bump(conferenceId);
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, AUDIT_SUBJECT, conferenceId, null,
                Map.of("agencyReport", agency, "received", String.valueOf(receivedOn), "shared", String.valueOf(sharedWithParentsOn))));
        return details(load(conferenceId));
    }

    /** Records who took part, invitee by invitee. Refused per invitee: no attendance, the child's contribution or its reason missing. */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ConferenceDetails recordParticipation(UUID conferenceId, long expectedVersion, List<Participation> participation) {
        Row row = lock(conferenceId);
        StaffSummary me = edit(row);
        checkVersion(row, expectedVersion);
        refuseIfFinal(row, "participation");
        if (row.status != ConferenceStatus.SCHEDULED && row.status != ConferenceStatus.HELD) {
            throw new RuleViolationException(Map.of("participation", "Arrange the conference before recording who took part"));
        }
        Map<UUID, Invitee> invitees = new LinkedHashMap<>();
        invitees(conferenceId).forEach(i -> invitees.put(i.id, i));
        Map<String, String> errors = new LinkedHashMap<>();
        for (Participation p : participation) {
            Invitee i = invitees.get(p.inviteeId());
            if (i == null) {
                errors.put("participation", "Record participation only for people invited to this conference");
                continue;
            }
            String key = p.inviteeId().toString();
            if ("CHILD".equals(i.kind)) {
                if (ConferenceRules.blank(p.contributedBy())) {
                    errors.put("contributedBy-" + key, "Say how the child's views reached the conference");
                } else if (!Set.of("ATTENDED", "WISHES_AND_FEELINGS_FORM", "ADVOCATE", "VIEWS_THROUGH_WORKER", "NOT_INVITED")
                        .contains(p.contributedBy())) {
                    errors.put("contributedBy-" + key, "Choose how the child's views reached the conference");
                } else if ("NOT_INVITED".equals(p.contributedBy()) && ConferenceRules.blank(p.notInvitedReason())) {
                    errors.put("notInvitedReason-" + key, "Say why the child was not invited");
                }
                if ((p.advocateUsed() || "ADVOCATE".equals(p.contributedBy())) && ConferenceRules.blank(p.advocateName())) {
                    errors.put("advocateName-" + key, "Enter the advocate's name");
                }
            } else if (ConferenceRules.blank(p.attendance()) || !Set.of("ATTENDED", "APOLOGIES", "DID_NOT_ATTEND").contains(p.attendance())) {
                errors.put("attendance-" + key, "Say whether " + i.name + " attended, sent apologies or did not attend");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (Participation p : participation) {
            Invitee i = invitees.get(p.inviteeId());
            boolean child = "CHILD".equals(i.kind);
            String attendance = child ? ("ATTENDED".equals(p.contributedBy()) ? "ATTENDED" : "NOT_INVITED".equals(p.contributedBy()) ? null
                    : "DID_NOT_ATTEND") : p.attendance();
            boolean advocate = child && (p.advocateUsed() || "ADVOCATE".equals(p.contributedBy()));
            jdbc.sql("""
                    UPDATE childprotection.conference_invitee SET attendance = :attendance, contributed_by = :contributed,
                           not_invited_reason = :reason, advocate_used = :advocate, advocate_name = :advocateName, supporter_present = :supporter,
                           recorded_at = :at
                    WHERE id = :id
                    """).param("attendance", attendance).param("contributed", child ? p.contributedBy() : null)
                    .param("reason", child && "NOT_INVITED".equals(p.contributedBy()) ? p.notInvitedReason().strip() : null)
                    .param("advocate", advocate).param("advocateName", advocate ? p.advocateName().strip() : null)
                    .param("supporter", "PARENT".equals(i.kind) && p.supporterPresent()).param("at", now).param("id", i.id).update();
        }
        bump(conferenceId);
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, AUDIT_SUBJECT, conferenceId, null, Map.of("participation", participation.size())));
        return details(load(conferenceId));
    }

    /** Would holding the conference on {@code heldOn} be late for T5? The decision form asks for a reason only then. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean lateIfHeldOn(UUID conferenceId, LocalDate heldOn) {
        Row row = load(conferenceId);
        if (heldOn == null) {
            return false;
        }
        return t5(row, heldOn).map(c -> clocks.lateIfStoppedOn(c.id(), heldOn)).orElse(heldOn.isAfter(row.dueOn));
    }

    /**
     * The conference was held and decided: stops the T5 clock on the held date (late needs the reason),
     * records the decision and announces {@link InitialConferenceHeld}. Refused field by field: the held
     * date at a weekend, on a bank holiday, before the enquiry began or in the future; a plan without a
     * category; no risks, strengths or rationale; dissent without who or what.
     */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ConferenceDetails recordDecision(UUID conferenceId, long expectedVersion, ConferenceDecision d) {
        Row row = lock(conferenceId);
        StaffSummary me = edit(row);
        checkVersion(row, expectedVersion);
        if (row.status != ConferenceStatus.SCHEDULED) {
            throw new RuleViolationException(Map.of("heldOn", row.status == ConferenceStatus.HELD
                    ? "The decision has already been recorded: correct it in the minutes or, once final, with an amendment"
                    : "Arrange the conference before recording its decision"));
        }
        Map<String, String> errors = ConferenceRules.checkDecision(workingDays, d, row.enquiryStartedOn, today(), categories());
        boolean late = false;
        if (!errors.containsKey("heldOn")) {
            late = lateIfHeldOn(conferenceId, d.heldOn());
            if (late) {
                if (ConferenceRules.blank(d.lateReasonCode())) {
                    errors.put("lateReasonCode", "The conference was due by " + row.dueOn + " (T5): choose why it was late");
                } else if (!lateReasons().isActive(d.lateReasonCode())) {
                    errors.put("lateReasonCode", "Choose a reason from the list");
                }
                if (ConferenceRules.blank(d.lateReasonText())) {
                    errors.put("lateReasonText", "Explain in your own words why the conference was late");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        LateReason lateReason = late ? new LateReason(d.lateReasonCode(), d.lateReasonText().strip()) : null;
        t5(row, d.heldOn()).ifPresent(c -> clocks.stop(c.id(), d.heldOn(), lateReason));
        boolean plan = d.planDecided();
        jdbc.sql("""
                UPDATE childprotection.conference SET status = 'HELD', held_on = :heldOn, plan_decided = :plan, category = :category,
                       risks_summary = :risks, strengths_summary = :strengths, chair_rationale = :chair, manager_rationale = :manager,
                       dissent_by = :dissentBy, dissent = :dissent, late_reason_code = :lateCode, late_reason_text = :lateText,
                       decided_at = :at, decided_by = :by, version = version + 1
                WHERE id = :id
                """).param("heldOn", d.heldOn()).param("plan", plan).param("category", plan ? d.category() : null)
                .param("risks", d.risksSummary().strip()).param("strengths", d.strengthsSummary().strip())
                .param("chair", d.chairRationale().strip()).param("manager", trimmed(d.managerRationale()))
                .param("dissentBy", trimmed(d.dissentBy())).param("dissent", trimmed(d.dissent()))
                .param("lateCode", late ? lateReason.code() : null).param("lateText", late ? lateReason.text() : null)
                .param("at", Timestamp.from(clock.instant())).param("by", me.id()).param("id", conferenceId).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("heldOn", d.heldOn().toString());
        detail.put("planDecided", plan);
        if (plan) {
            detail.put("category", d.category());
        }
        if (late) {
            detail.put("lateReason", lateReason.code());
        }
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, AUDIT_SUBJECT, conferenceId, null, detail));
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", row.childId, null, Map.of("conferenceHeld", conferenceId.toString())));
        events.publishEvent(new InitialConferenceHeld(conferenceId, row.childId, row.enquiryId, row.referralId, d.heldOn(), plan,
                plan ? d.category() : null, row.chairId));
        return details(load(conferenceId));
    }

    private java.util.Optional<ClockSummary> t5(Row row, LocalDate on) {
        LocalDate asAt = on.isBefore(today()) ? today() : on;
        return clocks.openForSubject("SECTION_47", row.enquiryId, asAt).stream().filter(c -> T5.equals(c.ruleId())).findFirst();
    }

    /**
     * Saves the chair's draft minutes as typed. Saving what is already saved changes nothing (so an
     * automatic save does not churn the version); a stale version is an edit conflict; final minutes are refused.
     */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ConferenceDetails saveMinutes(UUID conferenceId, long expectedVersion, String minutes) {
        Row row = lock(conferenceId);
        StaffSummary me = edit(row);
        refuseIfFinal(row, "minutes");
        if (row.status != ConferenceStatus.SCHEDULED && row.status != ConferenceStatus.HELD) {
            throw new RuleViolationException(Map.of("minutes", "Arrange the conference before writing its minutes"));
        }
        String text = minutes == null ? "" : minutes;
        if (text.equals(row.minutes == null ? "" : row.minutes)) {
            return details(row);
        }
        if (row.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Minutes", excerpt(row.minutes), excerpt(text))), row.version);
        }
        if (text.length() > 100_000) {
            throw new RuleViolationException(Map.of("minutes", "The minutes must be 100,000 characters or fewer"));
        }
        jdbc.sql("""
                UPDATE childprotection.conference SET minutes = :minutes, minutes_saved_at = :at, version = version + 1 WHERE id = :id
                """).param("minutes", text).param("at", Timestamp.from(clock.instant())).param("id", conferenceId).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, AUDIT_SUBJECT, conferenceId, null, Map.of("minutes", "draft saved")));
        return details(load(conferenceId));
    }

    /** Finalises the minutes: the conference must have been held and the minutes written; then nothing in it changes. */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ConferenceDetails finaliseMinutes(UUID conferenceId, long expectedVersion) {
        Row row = lock(conferenceId);
        StaffSummary me = edit(row);
        checkVersion(row, expectedVersion);
        refuseIfFinal(row, "minutes");
        Map<String, String> errors = new LinkedHashMap<>();
        if (row.status != ConferenceStatus.HELD) {
            errors.put("minutes", "Record the conference's decision before finalising the minutes");
        } else if (ConferenceRules.blank(row.minutes)) {
            errors.put("minutes", "Write the minutes before finalising them");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        jdbc.sql("""
                UPDATE childprotection.conference SET minutes_status = 'FINAL', finalised_at = :at, finalised_by = :by, version = version + 1
                WHERE id = :id
                """).param("at", Timestamp.from(clock.instant())).param("by", me.id()).param("id", conferenceId).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, AUDIT_SUBJECT, conferenceId, null, Map.of("minutes", "finalised")));
        return details(load(conferenceId));
    }

    /** Adds an amendment to final minutes, with the reason: the only way to correct a finalised conference. */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ConferenceDetails amend(UUID conferenceId, String body, String reason) {
        Row row = lock(conferenceId);
        StaffSummary me = edit(row);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!row.minutesFinal) {
            errors.put("amendment", "The minutes are still a draft: change them directly");
        } else {
            if (ConferenceRules.blank(body)) {
                errors.put("amendment", "Enter the amendment");
            }
            if (ConferenceRules.blank(reason) || reason.strip().length() < 5) {
                errors.put("amendmentReason", "Say why the minutes are amended");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO childprotection.conference_amendment (id, conference_id, body, reason, amended_by, amended_at)
                VALUES (:id, :conference, :body, :reason, :by, :at)
                """).param("id", id).param("conference", conferenceId).param("body", body.strip()).param("reason", reason.strip())
                .param("by", me.id()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, AUDIT_SUBJECT, conferenceId, reason.strip(), Map.of("amendment", id.toString())));
        return details(load(conferenceId));
    }

    /** Cancels a conference that is no longer needed, with the reason; it is kept. */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ConferenceDetails cancel(UUID conferenceId, long expectedVersion, String reason) {
        Row row = lock(conferenceId);
        StaffSummary me = edit(row);
        checkVersion(row, expectedVersion);
        if (row.status == ConferenceStatus.HELD || row.status == ConferenceStatus.CANCELLED) {
            throw new RuleViolationException(Map.of("cancelReason", "A conference " + row.status.label().toLowerCase() + " cannot be cancelled"));
        }
        if (ConferenceRules.blank(reason) || reason.strip().length() < 5) {
            throw new RuleViolationException(Map.of("cancelReason", "Say why the conference is cancelled"));
        }
        jdbc.sql("""
                UPDATE childprotection.conference SET status = 'CANCELLED', cancel_reason = :reason, cancelled_at = :at, cancelled_by = :by,
                       version = version + 1 WHERE id = :id
                """).param("reason", reason.strip()).param("at", Timestamp.from(clock.instant())).param("by", me.id())
                .param("id", conferenceId).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, AUDIT_SUBJECT, conferenceId, reason.strip(), Map.of("cancelled", true)));
        return details(load(conferenceId));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    ConferenceDetails details(Row row) {
        PersonBrief child = people.briefs(List.of(row.childId)).get(row.childId);
        Set<UUID> staffIds = new HashSet<>();
        if (row.chairId != null) {
            staffIds.add(row.chairId);
        }
        if (row.socialWorkerId != null) {
            staffIds.add(row.socialWorkerId);
        }
        if (row.finalisedBy != null) {
            staffIds.add(row.finalisedBy);
        }
        List<ConferenceDetails.Amendment> amendments = new ArrayList<>();
        List<Object[]> amendmentRows = jdbc.sql("""
                SELECT id, body, reason, amended_by, amended_at FROM childprotection.conference_amendment WHERE conference_id = :id
                ORDER BY amended_at, id
                """).param("id", row.id).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant()}).list();
        amendmentRows.forEach(a -> staffIds.add((UUID) a[3]));
        Map<UUID, String> names = staff.displayNames(staffIds);
        amendmentRows.forEach(a -> amendments.add(new ConferenceDetails.Amendment((UUID) a[0], (String) a[1], (String) a[2],
                names.getOrDefault((UUID) a[3], "Unknown"), (Instant) a[4])));
        int n = sharingWorkingDays();
        LocalDate conferenceDay = row.heldOn != null ? row.heldOn : row.scheduledFor == null ? null : row.scheduledFor.toLocalDate();
        CodeSet agencies = agencies();
        List<ConferenceDetails.AgencyReport> reports = jdbc.sql("""
                SELECT agency, requested_on, received_on, shared_with_parents_on FROM childprotection.conference_agency_report
                WHERE conference_id = :id ORDER BY agency
                """).param("id", row.id).query((rs, i) -> {
                    String agency = rs.getString(1);
                    LocalDate shared = date(rs, "shared_with_parents_on");
                    return new ConferenceDetails.AgencyReport(agency, agencies.labelOrCode(agency), date(rs, "requested_on"),
                            date(rs, "received_on"), shared, ConferenceRules.sharedInAdvance(workingDays, shared, conferenceDay, n));
                }).list();
        List<ConferenceDetails.AgencyReport> ordered = new ArrayList<>(reports);
        ordered.sort(java.util.Comparator.comparing((ConferenceDetails.AgencyReport r) -> agencyOrder(r.agency()))
                .thenComparing(ConferenceDetails.AgencyReport::agencyLabel));
        List<ConferenceDetails.Invitee> invitees = invitees(row.id).stream().map(Invitee::view).toList();
        QualityScores quality = jdbc.sql("""
                SELECT agency_timeliness, social_work_report_quality, child_voice, advocacy, parents_preparation, plan_quality, comment,
                       recorded_at FROM childprotection.conference_quality WHERE conference_id = :id
                """).param("id", row.id).query((rs, i) -> new QualityScores(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant())).optional().orElse(null);
        String team = row.socialWorkTeamId == null ? null : teams.find(row.socialWorkTeamId).map(TeamSummary::name).orElse(null);
        return new ConferenceDetails(row.id, row.childId, child == null ? "Unknown" : child.name(), child == null ? null : child.dateOfBirth(),
                row.enquiryId, row.referralId, row.status, row.enquiryStartedOn, row.dueOn, row.scheduledFor, row.venue, row.chairId,
                row.chairId == null ? null : names.get(row.chairId), row.socialWorkTeamId, team, row.socialWorkerId,
                row.socialWorkerId == null ? null : names.get(row.socialWorkerId), row.heldOn, row.planDecided, row.category,
                row.category == null ? null : categories().labelOrCode(row.category), row.risks, row.strengths, row.chairRationale,
                row.managerRationale, row.dissentBy, row.dissent, row.lateReasonCode, row.lateReasonText, row.minutes, row.minutesFinal,
                row.minutesSavedAt, row.finalisedAt, row.finalisedBy == null ? null : names.get(row.finalisedBy), row.cancelReason,
                row.version, n, invitees, ordered, amendments, quality);
    }

    List<Invitee> invitees(UUID conferenceId) {
        return jdbc.sql("""
                SELECT id, kind, person_id, agency, name, relationship, invited_on, invitation_style, advocacy_offered, advocate_used,
                       advocate_name, attendance, contributed_by, not_invited_reason, supporter_present
                FROM childprotection.conference_invitee WHERE conference_id = :id
                ORDER BY CASE kind WHEN 'CHILD' THEN 0 WHEN 'PARENT' THEN 1 WHEN 'OTHER' THEN 2 ELSE 3 END, name
                """).param("id", conferenceId).query((rs, n) -> new Invitee(rs.getObject("id", UUID.class), rs.getString("kind"),
                rs.getObject("person_id", UUID.class), rs.getString("agency"), rs.getString("name"), rs.getString("relationship"),
                date(rs, "invited_on"), rs.getString("invitation_style"), rs.getBoolean("advocacy_offered"), rs.getBoolean("advocate_used"),
                rs.getString("advocate_name"), rs.getString("attendance"), rs.getString("contributed_by"), rs.getString("not_invited_reason"),
                rs.getBoolean("supporter_present"))).list();
    }

    record Invitee(UUID id, String kind, UUID personId, String agency, String name, String relationship, LocalDate invitedOn, String style,
            boolean advocacyOffered, boolean advocateUsed, String advocateName, String attendance, String contributedBy,
            String notInvitedReason, boolean supporterPresent) {

        ConferenceDetails.Invitee view() {
            return new ConferenceDetails.Invitee(id, kind, personId, agency, name, relationship, invitedOn,
                    style == null ? null : InvitationStyle.valueOf(style), advocacyOffered, advocateUsed, advocateName, attendance, contributedBy,
                    notInvitedReason, supporterPresent);
        }
    }

    /** The conference with its child's record checked for a change by the signed-in chair (refusals audited). */
    private StaffSummary edit(Row row) {
        StaffSummary me = currentStaff.require();
        people.checkEdit(row.childId, PART);
        return me;
    }

    private void checkVersion(Row row, long expectedVersion) {
        if (row.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Conference", "changed by someone else since you opened it",
                    "your changes")), row.version);
        }
    }

    private static void refuseIfFinal(Row row, String field) {
        if (row.minutesFinal) {
            throw new RuleViolationException(Map.of(field, "The minutes of this conference are final: add an amendment"));
        }
        if (row.status == ConferenceStatus.CANCELLED) {
            throw new RuleViolationException(Map.of(field, "This conference was cancelled"));
        }
    }

    private void bump(UUID conferenceId) {
        jdbc.sql("UPDATE childprotection.conference SET version = version + 1 WHERE id = :id").param("id", conferenceId).update();
    }

    Row load(UUID conferenceId) {
        return jdbc.sql("SELECT * FROM childprotection.conference WHERE id = :id").param("id", conferenceId).query(Conferences::row)
                .optional().orElseThrow(() -> new NotFoundException("No such conference"));
    }

    private Row lock(UUID conferenceId) {
        jdbc.sql("SELECT id FROM childprotection.conference WHERE id = :id FOR UPDATE").param("id", conferenceId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("No such conference"));
        return load(conferenceId);
    }

    /** Conference ids of a set of children (for the demo and worklists). */
    List<UUID> idsWhere(String status) {
        return jdbc.sql("SELECT id FROM childprotection.conference WHERE status = :s ORDER BY due_on, id").param("s", status).query(UUID.class).list();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp saved = rs.getTimestamp("minutes_saved_at");
        Timestamp finalised = rs.getTimestamp("finalised_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getObject("enquiry_id", UUID.class),
                rs.getObject("referral_id", UUID.class), ConferenceStatus.valueOf(rs.getString("status")), date(rs, "enquiry_started_on"),
                date(rs, "due_on"), dateTime(rs, "scheduled_for"), rs.getString("venue"), rs.getObject("chair_id", UUID.class),
                rs.getObject("social_work_team_id", UUID.class), rs.getObject("social_worker_id", UUID.class), date(rs, "held_on"),
                (Boolean) rs.getObject("plan_decided"), rs.getString("category"), rs.getString("risks_summary"),
                rs.getString("strengths_summary"), rs.getString("chair_rationale"), rs.getString("manager_rationale"),
                rs.getString("dissent_by"), rs.getString("dissent"), rs.getString("late_reason_code"), rs.getString("late_reason_text"),
                rs.getString("minutes"), "FINAL".equals(rs.getString("minutes_status")), saved == null ? null : saved.toInstant(),
                finalised == null ? null : finalised.toInstant(), rs.getObject("finalised_by", UUID.class), rs.getString("cancel_reason"),
                rs.getLong("version"));
    }

    record Row(UUID id, UUID childId, UUID enquiryId, UUID referralId, ConferenceStatus status, LocalDate enquiryStartedOn, LocalDate dueOn,
            LocalDateTime scheduledFor, String venue, UUID chairId, UUID socialWorkTeamId, UUID socialWorkerId, LocalDate heldOn,
            Boolean planDecided, String category, String risks, String strengths, String chairRationale, String managerRationale,
            String dissentBy, String dissent, String lateReasonCode, String lateReasonText, String minutes, boolean minutesFinal,
            Instant minutesSavedAt, Instant finalisedAt, UUID finalisedBy, String cancelReason, long version) {}

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String excerpt(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    /** Police first, then the GP, then the rest by name. */
    static int agencyOrder(String agency) {
        int i = PRESELECTED_AGENCIES.indexOf(agency);
        return i < 0 ? PRESELECTED_AGENCIES.size() : i;
    }

    static <T> List<T> nonNull(Collection<T> c) {
        return c.stream().filter(Objects::nonNull).toList();
    }
}
