package uk.org.beacon.casework;

import static uk.org.beacon.casework.CaseworkRoles.MANAGERS;
import static uk.org.beacon.casework.CaseworkRoles.PRACTITIONERS;
import static uk.org.beacon.casework.CaseworkRoles.STAFF;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.assessment.Assessments;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.childprotection.Section47Enquiries;
import uk.org.beacon.childprotection.Section47Summary;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Authorisation as a recorded practice step. Any module asks for a manager's sign-off of an item
 * (an assessment, a plan, a closure) with a summary and a link; a manager of the team named
 * authorises it, or returns it with the rationale, once. {@link AuthorisationDecided} tells the
 * module that asked. The front door's screening decisions awaiting a manager's agreement are listed
 * with the rest and agreed on the contact's own page.
 */
@Service
public class Authorisations {

    public static final String CONTACT_DECISION = "CONTACT_DECISION";
    public static final String ASSESSMENT = "ASSESSMENT";
    public static final String SECTION_47_OUTCOME = "SECTION_47_OUTCOME";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CaseworkAccess access;
    private final CurrentStaff currentStaff;
    private final Allocations allocations;
    private final Contacts contacts;
    private final People people;
    private final Staff staff;
    private final Teams teams;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Assessments assessments;
    private final Clock clock;
    private final Section47Enquiries section47;

    Authorisations(JdbcClient jdbc, CaseworkAccess access, CurrentStaff currentStaff, Allocations allocations, Contacts contacts, People people,
            Staff staff, Teams teams, AuditTrail audit, ApplicationEventPublisher events, Assessments assessments, Clock clock,
            Section47Enquiries section47) {
        this.assessments = assessments;
        this.section47 = section47;
        this.jdbc = jdbc;
        this.access = access;
        this.currentStaff = currentStaff;
        this.allocations = allocations;
        this.contacts = contacts;
        this.people = people;
        this.staff = staff;
        this.teams = teams;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Asks for a manager's sign-off of an item; one request awaits per item at a time. */
    @PreAuthorize(PRACTITIONERS)
    @Transactional
    public AuthorisationSummary request(AuthorisationRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.childId() == null) {
            throw new RuleViolationException(Map.of("childId", "Name the child the item is about"));
        }
        StaffSummary me = access.check(r.childId());
        if (r.kind() == null || !r.kind().matches("[A-Z][A-Z0-9_]{1,39}")) {
            errors.put("kind", "Give the kind of item as a code of capital letters, digits and underscores, like ASSESSMENT");
        }
        if (r.subjectId() == null) {
            errors.put("subjectId", "Give the identifier of the item to sign off");
        }
        if (r.summary() == null || r.summary().trim().length() < 5 || r.summary().trim().length() > 300) {
            errors.put("summary", "Summarise the item in 5 to 300 characters");
        }
        if (r.link() != null && !r.link().isBlank() && !r.link().trim().matches("/[A-Za-z0-9/_\\-?=&.%]*")) {
            errors.put("link", "Give the link to the item as a Beacon address starting with /");
        }
        TeamSummary team = null;
        if (r.teamId() != null) {
            team = teams.find(r.teamId()).filter(t -> !t.retired()).orElse(null);
            if (team == null) {
                errors.put("teamId", "Select the team whose manager signs this off");
            }
        }
        if (errors.isEmpty() && awaitingFor(r.kind(), r.subjectId())) {
            errors.put("subjectId", "This item is already awaiting sign-off");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID teamId = team != null ? team.id() : holdingTeam(r.childId(), me);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework.authorisation (id, child_id, kind, subject_id, summary, link, team_id, requested_by, requested_at, status)
                VALUES (:id, :child, :kind, :subject, :summary, :link, :team, :by, :at, 'AWAITING')
                """)
                .param("id", id).param("child", r.childId()).param("kind", r.kind()).param("subject", r.subjectId())
                .param("summary", r.summary().trim()).param("link", r.link() == null || r.link().isBlank() ? null : r.link().trim())
                .param("team", teamId).param("by", me.id()).param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", r.childId(), null,
                Map.of("authorisationRequested", id.toString(), "kind", r.kind())));
        return find(id, today());
    }

    /** A manager of the team named authorises the item or returns it with the rationale; decided once. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public AuthorisationSummary decide(UUID id, long expectedVersion, Boolean authorise, String rationale) {
        AuthorisationSummary item = find(id, today());
        StaffSummary me = access.edit(item.childId());
        if (!item.awaiting() || item.version() != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Status", label(item), "Awaiting sign-off")), item.version());
        }
        if (item.teamId() != null && !item.teamId().equals(me.teamId())) {
            throw new AccessDeniedException("Only a manager of " + item.teamName() + " signs this off");
        }
        Map<String, String> errors = OversightRules.checkAuthorisationDecision(authorise, rationale);
        if (item.requestedBy().equals(me.id())) {
            errors.putIfAbsent("outcome", "You asked for this sign-off: another manager decides it");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Instant now = clock.instant();
        String reason = rationale == null || rationale.isBlank() ? null : rationale.trim();
        jdbc.sql("""
                UPDATE casework.authorisation SET status = :status, decided_by = :by, decided_at = :at, rationale = :rationale, version = version + 1
                WHERE id = :id AND status = 'AWAITING' AND version = :version
                """)
                .param("status", authorise ? "AUTHORISED" : "RETURNED").param("by", me.id()).param("at", Timestamp.from(now))
                .param("rationale", reason).param("id", id).param("version", expectedVersion)
                .update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", item.childId(), reason,
                Map.of("authorisation", id.toString(), "outcome", authorise ? "AUTHORISED" : "RETURNED")));
        events.publishEvent(new AuthorisationDecided(id, item.kind(), item.subjectId(), item.childId(), authorise, reason, me.id(), now));
        return find(id, today());
    }

    /**
     * For a manager: items awaiting their team's sign-off (and any without a team) as at a day,
     * oldest first, with the front door's contact decisions awaiting a manager's agreement (those
     * only as they stand now). For anyone else: their own requests still awaiting.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<AuthorisationSummary> awaiting(LocalDate asAt) {
        StaffSummary me = currentStaff.require();
        boolean manager = me.has(Role.TEAM_MANAGER);
        List<AuthorisationSummary> items = new ArrayList<>(withNames(jdbc.sql(SELECT + """
                         WHERE (requested_at AT TIME ZONE 'Europe/London')::date <= :asAt
                          AND (decided_at IS NULL OR (decided_at AT TIME ZONE 'Europe/London')::date > :asAt)
                          AND (CASE WHEN :manager THEN (team_id = :team OR team_id IS NULL) ELSE requested_by = :me END)
                        ORDER BY requested_at
                        """)
                .param("asAt", asAt).param("manager", manager).param("team", me.teamId() == null ? new UUID(0, 0) : me.teamId())
                .param("me", me.id())
                .query((rs, i) -> row(rs, asAt)).list(), asAt));
        if (manager && asAt.equals(today())) {
            items.addAll(frontDoor(asAt));
            items.addAll(assessments(asAt));
            items.addAll(section47(me, asAt));
        }
        items.sort(Comparator.comparing(AuthorisationSummary::requestedAt));
        return items;
    }

    /** Sign-offs asked for about the child, newest first; the view is audited. */
    @PreAuthorize(STAFF)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public List<AuthorisationSummary> forChild(UUID childId) {
        access.read(childId, "authorisations");
        return read(childId);
    }

    @PreAuthorize(STAFF)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public AuthorisationSummary open(UUID id) {
        AuthorisationSummary item = find(id, today());
        access.read(item.childId(), "authorisation");
        return item;
    }

    List<AuthorisationSummary> read(UUID childId) {
        LocalDate today = today();
        return withNames(jdbc.sql(SELECT + " WHERE child_id = :child ORDER BY requested_at DESC").param("child", childId)
                .query((rs, i) -> row(rs, today)).list(), today);
    }

    AuthorisationSummary find(UUID id, LocalDate asAt) {
        return withNames(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, i) -> row(rs, asAt)).list(), asAt).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("No such authorisation"));
    }

    private List<AuthorisationSummary> frontDoor(LocalDate asAt) {
        List<ContactDetails> waiting = contacts.awaitingAuthorisation();
        Map<UUID, String> names = staff.displayNames(waiting.stream().map(ContactDetails::decidedBy).toList());
        return waiting.stream().map(c -> new AuthorisationSummary(c.id(), c.childId(), c.childName(), CONTACT_DECISION, c.id(),
                c.reference() + ": " + (c.decision() == null ? "decision" : c.decision().label()), "/front-door/contacts/" + c.id(), null, "Front door",
                c.decidedBy(), names.get(c.decidedBy()), c.decidedAt(), "AWAITING", null, null, null, null,
                age(c.decidedAt(), asAt), "FRONT_DOOR", c.version())).toList();
    }

    /** Child and family assessments submitted for authorisation by the manager's team, authorised on the assessment's own page. */
    private List<AuthorisationSummary> assessments(LocalDate asAt) {
        return assessments.awaitingAuthorisation().stream().map(a -> new AuthorisationSummary(a.id(), a.childId(), a.childName(), ASSESSMENT, a.id(),
                "Child and family assessment (started " + a.startedOn() + ", due " + a.due() + ")", a.link() + "/authorise", a.teamId(), null,
                a.workerId(), a.workerName(), a.submittedAt(), "AWAITING", null, null, null, null, age(a.submittedAt(), asAt), "ASSESSMENT",
                a.version())).toList();
    }

    /** Section 47 outcomes recorded by the workers of the manager's team, awaiting sign-off on the enquiry's own page. */
    private List<AuthorisationSummary> section47(StaffSummary me, LocalDate asAt) {
        List<Section47Summary> waiting = section47.awaitingSignOff().stream().filter(e -> Objects.equals(e.leadTeamId(), me.teamId())).toList();
        Map<UUID, String> names = staff.displayNames(waiting.stream().map(Section47Summary::outcomeRecordedBy).toList());
        return waiting.stream().map(e -> new AuthorisationSummary(e.id(), e.childId(), e.childName(), SECTION_47_OUTCOME, e.id(),
                "Section 47 enquiry outcome: " + e.outcome().label(), "/children/" + e.childId() + "/section-47-enquiries/" + e.id() + "#outcome",
                e.leadTeamId(), e.leadTeamName(), e.outcomeRecordedBy(), names.get(e.outcomeRecordedBy()), e.outcomeRecordedAt(), "AWAITING", null,
                null, null, null, age(e.outcomeRecordedAt(), asAt), "SECTION_47", 0)).toList();
    }

    private boolean awaitingFor(String kind, UUID subjectId) {
        return jdbc.sql("SELECT count(*) FROM casework.authorisation WHERE kind = :kind AND subject_id = :subject AND status = 'AWAITING'")
                .param("kind", kind).param("subject", subjectId).query(Long.class).single() > 0;
    }

    private UUID holdingTeam(UUID childId, StaffSummary me) {
        CaseAllocation allocation = allocations.read(childId);
        return allocation.lead() != null ? allocation.lead().teamId() : me.teamId();
    }

    private List<AuthorisationSummary> withNames(List<AuthorisationSummary> rows, LocalDate asAt) {
        if (rows.isEmpty()) {
            return rows;
        }
        Set<UUID> staffIds = new HashSet<>();
        rows.forEach(r -> {
            staffIds.add(r.requestedBy());
            if (r.decidedBy() != null) {
                staffIds.add(r.decidedBy());
            }
        });
        Map<UUID, String> names = staff.displayNames(staffIds);
        Map<UUID, PersonBrief> children = people.briefs(rows.stream().map(AuthorisationSummary::childId).toList());
        Map<UUID, TeamSummary> teamsById = teams.byId();
        return rows.stream().map(r -> {
            // a decision after the day asked about had not happened yet on that day
            boolean decidedByThen = r.decidedAt() != null && !r.decidedAt().atZone(UK).toLocalDate().isAfter(asAt);
            return new AuthorisationSummary(r.id(), r.childId(),
                    children.containsKey(r.childId()) ? children.get(r.childId()).name() : null, r.kind(), r.subjectId(), r.summary(), r.link(),
                    r.teamId(), r.teamId() == null ? null : teamsById.containsKey(r.teamId()) ? teamsById.get(r.teamId()).name() : null,
                    r.requestedBy(), names.get(r.requestedBy()), r.requestedAt(), decidedByThen ? r.status() : "AWAITING",
                    decidedByThen ? r.decidedBy() : null, decidedByThen ? names.get(r.decidedBy()) : null, decidedByThen ? r.decidedAt() : null,
                    decidedByThen ? r.rationale() : null, r.ageInDays(), r.source(), r.version());
        }).toList();
    }

    private static final String SELECT = """
            SELECT id, child_id, kind, subject_id, summary, link, team_id, requested_by, requested_at, status, decided_by, decided_at,
                   rationale, version
            FROM casework.authorisation""";

    private static AuthorisationSummary row(ResultSet rs, LocalDate asAt) throws SQLException {
        Instant requestedAt = rs.getTimestamp(9).toInstant();
        Timestamp decidedAt = rs.getTimestamp(12);
        return new AuthorisationSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null, rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), null, rs.getObject(8, UUID.class), null, requestedAt,
                rs.getString(10), rs.getObject(11, UUID.class), null, decidedAt == null ? null : decidedAt.toInstant(), rs.getString(13),
                age(requestedAt, asAt), "CASEWORK", rs.getLong(14));
    }

    private static int age(Instant since, LocalDate asAt) {
        return since == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(since.atZone(UK).toLocalDate(), asAt));
    }

    private static String label(AuthorisationSummary item) {
        return switch (item.status()) {
            case "AUTHORISED" -> "Authorised";
            case "RETURNED" -> "Returned";
            default -> Objects.toString(item.status());
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
