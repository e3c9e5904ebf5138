package uk.org.beacon.person;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The people around a child: relationships (parent, sibling, carer…), the household living at
 * the same address now (so siblings and other children at an address are never missed), and the
 * professionals involved (school, GP, health visitor). Reading these needs access to the child's
 * record; names of restricted relatives are hidden from those who may not open them.
 */
@Service
public class Families {

    private static final Map<String, String> INVERSE = Map.ofEntries(
            Map.entry("MOTHER", "Child"), Map.entry("FATHER", "Child"), Map.entry("PARENT", "Child"),
            Map.entry("STEP_MOTHER", "Step-child"), Map.entry("STEP_FATHER", "Step-child"),
            Map.entry("SIBLING", "Sibling"), Map.entry("HALF_SIBLING", "Half-sibling"), Map.entry("STEP_SIBLING", "Step-sibling"),
            Map.entry("GRANDPARENT", "Grandchild"), Map.entry("AUNT_UNCLE", "Niece or nephew"),
            Map.entry("CARER", "Cared-for child"), Map.entry("FOSTER_CARER", "Foster child"),
            Map.entry("SPECIAL_GUARDIAN", "Child under special guardianship"), Map.entry("HOUSEHOLD_MEMBER", "Household member"),
            Map.entry("PARTNER_OF_PARENT", "Child of partner"), Map.entry("FRIEND", "Family friend"), Map.entry("OTHER", "Other"));

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final People people;
    private final RecordAccess access;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Codes codes;
    private final Clock clock;

    Families(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, People people, RecordAccess access, CurrentStaff currentStaff, AuditTrail audit, Codes codes, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.people = people;
        this.access = access;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional
    public UUID relate(UUID personId, RelationshipRecord r) {
        requireEditable(personId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.relativeId() == null || !exists(r.relativeId())) {
            errors.put("relativeId", "Select the related person");
        } else if (r.relativeId().equals(personId)) {
            errors.put("relativeId", "A person cannot be related to themself");
        }
        if (r.type() == null || !codes.relationshipType().isActive(r.type())) {
            errors.put("type", "Select how they are related");
        }
        if (r.startedOn() != null && r.startedOn().isAfter(LocalDate.now(clock))) {
            errors.put("startedOn", "The start date must be today or in the past");
        }
        if (errors.isEmpty() && jdbc.sql("""
                        SELECT count(*) FROM person.relationship WHERE ended_on IS NULL AND
                          ((person_id = :a AND relative_id = :b) OR (person_id = :b AND relative_id = :a))
                        """).param("a", personId).param("b", r.relativeId()).query(Long.class).single() > 0) {
            errors.put("relativeId", "A relationship between these two people is already recorded");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = UUID.randomUUID();
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO person.relationship (id, person_id, relative_id, type, parental_responsibility, started_on, recorded_at, recorded_by)
                VALUES (:id, :p, :r, :type, :pr, :started, :at, :by)
                """)
                .param("id", id).param("p", personId).param("r", r.relativeId()).param("type", r.type())
                .param("pr", r.parentalResponsibility()).param("started", r.startedOn())
                .param("at", Timestamp.from(clock.instant())).param("by", actor)
                .update();
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, "PERSON", personId, null, Map.of("relationshipAdded", id.toString())));
        return id;
    }

    /** A relationship to record in bulk (demo authority, data migration). */
    public record NewRelationship(UUID personId, RelationshipRecord relationship) {}

    /** A professional involvement to record in bulk. */
    public record NewInvolvement(UUID personId, InvolvementRecord involvement) {}

    /**
     * Records many relationships in one transaction (demo authority, migration from a legacy
     * system). Types are checked against the code set; the batch is all or nothing.
     */
    @Transactional
    public void relateAll(List<NewRelationship> links) {
        requireBulkEditor();
        UUID actor = currentStaff.id().orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(links.size());
        for (NewRelationship link : links) {
            RelationshipRecord r = link.relationship();
            if (!codes.relationshipType().isActive(r.type()) || link.personId().equals(r.relativeId())) {
                throw new RuleViolationException(Map.of("type", "Invalid relationship " + r.type()));
            }
            rows.add(new Object[] {UUID.randomUUID(), link.personId(), r.relativeId(), r.type(), r.parentalResponsibility(),
                r.startedOn() == null ? null : java.sql.Date.valueOf(r.startedOn()), now, actor});
        }
        batch("""
                INSERT INTO person.relationship (id, person_id, relative_id, type, parental_responsibility, started_on, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    @Transactional
    public void involveAll(List<NewInvolvement> involvements) {
        requireBulkEditor();
        UUID actor = currentStaff.id().orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(involvements.size());
        for (NewInvolvement n : involvements) {
            InvolvementRecord r = n.involvement();
            if (!codes.professionalRole().isActive(r.role()) || r.organisation() == null || r.organisation().isBlank()) {
                throw new RuleViolationException(Map.of("role", "Invalid involvement " + r.role()));
            }
            rows.add(new Object[] {UUID.randomUUID(), n.personId(), r.role(), r.organisation(), r.professionalName(), r.phone(), r.email(),
                r.staffId(), r.startedOn() == null ? null : java.sql.Date.valueOf(r.startedOn()), now, actor});
        }
        batch("""
                INSERT INTO person.professional_involvement (id, person_id, role, organisation, professional_name, phone, email, staff_id, started_on, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    private void batch(String sql, List<Object[]> rows) {
        jdbcTemplate.batchUpdate(sql, rows);
    }

    private void requireBulkEditor() {
        var me = currentStaff.require();
        if (!me.editsChildRecords() && !me.has(uk.org.beacon.identity.Role.ADMINISTRATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("Your role cannot record relationships");
        }
    }

    /** Relationships seen from this person's side: "Mother", or "Child" where they are the parent. */
    @Transactional(readOnly = true)
    public List<RelationshipView> relationships(UUID personId) {
        List<Row> rows = jdbc.sql("""
                        SELECT r.id, r.person_id, r.relative_id, r.type, r.parental_responsibility, r.started_on, r.ended_on
                        FROM person.relationship r WHERE r.person_id = :p OR r.relative_id = :p ORDER BY r.recorded_at
                        """)
                .param("p", personId)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getBoolean(5), date(rs.getDate(6)), date(rs.getDate(7))))
                .list();
        List<UUID> others = rows.stream().map(r -> r.personId.equals(personId) ? r.relativeId : r.personId).toList();
        Set<UUID> hidden = access.hiddenAmong(others);
        Map<UUID, Brief> briefs = briefs(others);
        String myAddress = currentAddressKey(personId);
        List<RelationshipView> views = new ArrayList<>();
        for (Row r : rows) {
            boolean forward = r.personId.equals(personId);
            UUID other = forward ? r.relativeId : r.personId;
            Brief b = briefs.get(other);
            String label = forward ? codes.relationshipType().labelOrCode(r.type) : INVERSE.getOrDefault(r.type, "Related");
            boolean isHidden = hidden.contains(other);
            views.add(new RelationshipView(r.id, other, isHidden ? "Restricted record" : b.name, b.kind, isHidden ? null : b.dob, label,
                    r.parentalResponsibility, myAddress != null && myAddress.equals(b.addressKey), r.startedOn, r.endedOn));
        }
        return views;
    }

    /** Everyone living at this person's current address now, apart from them. */
    @Transactional(readOnly = true)
    public List<HouseholdMember> household(UUID personId) {
        String key = currentAddressKey(personId);
        if (key == null) {
            return List.of();
        }
        List<HouseholdMember> members = jdbc.sql("""
                        SELECT p.id, coalesce(p.given_name || ' ', '') || p.family_name, p.kind, coalesce(p.date_of_birth, p.expected_date_of_birth), r.moved_in
                        FROM person.residence r JOIN person.person p ON p.id = r.person
                        WHERE r.address_key = :key AND r.moved_out IS NULL AND p.id <> :me AND p.merged_into IS NULL
                        ORDER BY coalesce(p.date_of_birth, p.expected_date_of_birth)
                        """)
                .param("key", key).param("me", personId)
                .query((rs, i) -> new HouseholdMember(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        date(rs.getDate(4)), date(rs.getDate(5)), false))
                .list();
        Set<UUID> hidden = access.hiddenAmong(members.stream().map(HouseholdMember::personId).toList());
        return members.stream()
                .map(m -> hidden.contains(m.personId()) ? new HouseholdMember(m.personId(), "Restricted record", m.kind(), null, null, true) : m)
                .toList();
    }

    @Transactional
    public UUID involve(UUID personId, InvolvementRecord r) {
        requireEditable(personId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.role() == null || !codes.professionalRole().isActive(r.role())) {
            errors.put("role", "Select the professional's role");
        }
        if (r.organisation() == null || r.organisation().isBlank()) {
            errors.put("organisation", "Enter the organisation, for example the name of the school or GP practice");
        }
        if (r.email() != null && !r.email().isBlank() && !r.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Enter an email address in the correct format, like name@example.org");
        }
        if (r.phone() != null && !r.phone().isBlank() && !r.phone().matches("[0-9 +()-]{6,20}")) {
            errors.put("phone", "Enter a telephone number, like 01632 960 001");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = UUID.randomUUID();
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO person.professional_involvement (id, person_id, role, organisation, professional_name, phone, email, staff_id, started_on, recorded_at, recorded_by)
                VALUES (:id, :p, :role, :org, :name, :phone, :email, :staff, :started, :at, :by)
                """)
                .param("id", id).param("p", personId).param("role", r.role()).param("org", r.organisation().trim())
                .param("name", blankToNull(r.professionalName())).param("phone", blankToNull(r.phone())).param("email", blankToNull(r.email()))
                .param("staff", r.staffId()).param("started", r.startedOn())
                .param("at", Timestamp.from(clock.instant())).param("by", actor)
                .update();
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, "PERSON", personId, null, Map.of("involvementAdded", id.toString())));
        return id;
    }

    @Transactional(readOnly = true)
    public List<InvolvementView> involvements(UUID personId) {
        return jdbc.sql("""
                        SELECT id, role, organisation, professional_name, phone, email, staff_id, started_on, ended_on
                        FROM person.professional_involvement WHERE person_id = :p ORDER BY ended_on NULLS FIRST, role
                        """)
                .param("p", personId)
                .query((rs, i) -> new InvolvementView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), date(rs.getDate(8)), date(rs.getDate(9))))
                .list();
    }

    private void requireEditable(UUID personId) {
        people.refuseIfMerged(personId);
        var decision = people.decide(personId);
        if (decision.outcome() == uk.org.beacon.identity.AccessDecision.Outcome.RESTRICTED) {
            throw new RestrictedRecordException(personId);
        }
        if (!decision.allowed() || !decision.mayEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("You may not change this record");
        }
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM person.person WHERE id = :id AND merged_into IS NULL").param("id", id).query(Long.class).single() > 0;
    }

    private String currentAddressKey(UUID personId) {
        return jdbc.sql("SELECT address_key FROM person.residence WHERE person = :p AND moved_out IS NULL ORDER BY ordinal DESC LIMIT 1")
                .param("p", personId).query(String.class).optional().orElse(null);
    }

    private Map<UUID, Brief> briefs(List<UUID> ids) {
        Map<UUID, Brief> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT p.id, coalesce(p.given_name || ' ', '') || p.family_name, p.kind, coalesce(p.date_of_birth, p.expected_date_of_birth),
                          (SELECT r.address_key FROM person.residence r WHERE r.person = p.id AND r.moved_out IS NULL ORDER BY r.ordinal DESC LIMIT 1)
                        FROM person.person p WHERE p.id IN (:ids)
                        """)
                .param("ids", ids)
                .query((rs, i) -> new Brief(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), date(rs.getDate(4)), rs.getString(5)))
                .list()
                .forEach(b -> result.put(b.id, b));
        return result;
    }

    private record Row(UUID id, UUID personId, UUID relativeId, String type, boolean parentalResponsibility, LocalDate startedOn, LocalDate endedOn) {}

    private record Brief(UUID id, String name, String kind, LocalDate dob, String addressKey) {}

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
