package uk.org.beacon.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.AccessDecision;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The person register: find, create and change people's records. Every read goes through
 * {@link RecordAccess} and is written to the audit trail; every change is checked by
 * {@link PersonRules}, refused if someone else saved first, and audited with the fields changed.
 */
@Service
public class People {

    private final PersonRepository people;
    private final PersonSearch search;
    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Codes codes;
    private final Clock clock;

    People(PersonRepository people, PersonSearch search, JdbcClient jdbc, RecordAccess access, CurrentStaff currentStaff,
            AuditTrail audit, Codes codes, Clock clock) {
        this.people = people;
        this.search = search;
        this.jdbc = jdbc;
        this.access = access;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * Opens a record: checks access, audits the view. Throws if restricted and not open to this
     * person; the refusal itself is kept in the audit trail (no rollback for it).
     */
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public PersonDetails open(UUID id) {
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException("No such person"));
        AccessDecision decision = decide(id);
        UUID actor = currentStaff.id().orElse(null);
        if (decision.outcome() == AccessDecision.Outcome.RESTRICTED) {
            audit.record(new AuditEntry(actor, AuditAction.REFUSED, "PERSON", id, null, Map.of("why", "restricted")));
            throw new RestrictedRecordException(id);
        }
        if (!decision.allowed()) {
            audit.record(new AuditEntry(actor, AuditAction.REFUSED, "PERSON", id, null, Map.of("why", "role")));
            throw new AccessDeniedException("You do not have access to this record");
        }
        audit.record(new AuditEntry(actor, AuditAction.VIEWED, "PERSON", id, null,
                decision.throughBrokenGlass() ? Map.of("brokenGlass", true) : Map.of()));
        return PersonDetails.of(person, decision.restricted());
    }

    /**
     * The one access check for any module that shows part of a person's record: decides (role,
     * partner involvement, restriction, broken glass), keeps a refusal in the audit trail and throws,
     * or audits the view of that part. Returns the decision so callers can offer edit links.
     */
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public AccessDecision read(UUID id, RecordPart part) {
        return read(id, part, Map.of());
    }

    /** As {@link #read(UUID, RecordPart)}, with what was shown (never names or values) kept beside the view. */
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public AccessDecision read(UUID id, RecordPart part, Map<String, Object> shown) {
        AccessDecision decision = check(id, part);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("part", part.name());
        detail.putAll(shown);
        if (decision.throughBrokenGlass()) {
            detail.put("brokenGlass", true);
        }
        audit.record(new AuditEntry(currentStaff.id().orElse(null), AuditAction.VIEWED, "PERSON", id, null, detail));
        return decision;
    }

    /** As {@link #read} without auditing a view (the caller audits what it shows or changes itself). */
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public AccessDecision check(UUID id, RecordPart part) {
        if (!exists(id)) {
            throw new NotFoundException("No such person");
        }
        StaffSummary me = currentStaff.get().orElse(null);
        AccessDecision decision = me != null && me.isPartner() && !part.openToPartners()
                ? new AccessDecision(AccessDecision.Outcome.DENIED, false, false, false) : decide(id);
        refuseUnless(id, part, decision, decision.allowed(), "You do not have access to this part of the record");
        return decision;
    }

    /** The signed-in person may change this part of the record; a refusal is audited. */
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public AccessDecision checkEdit(UUID id, RecordPart part) {
        AccessDecision decision = check(id, part);
        refuseUnless(id, part, decision, decision.mayEdit(), "You may not change this record");
        return decision;
    }

    private void refuseUnless(UUID id, RecordPart part, AccessDecision decision, boolean allowed, String message) {
        if (allowed) {
            return;
        }
        boolean restricted = decision.outcome() == AccessDecision.Outcome.RESTRICTED;
        audit.record(new AuditEntry(currentStaff.id().orElse(null), AuditAction.REFUSED, "PERSON", id, null,
                Map.of("why", restricted ? "restricted" : "role", "part", part.name())));
        if (restricted) {
            throw new RestrictedRecordException(id);
        }
        throw new AccessDeniedException(message);
    }

    /** The access decision for the signed-in person on this record (for showing edit links, break-glass). */
    @Transactional(readOnly = true)
    public AccessDecision decide(UUID id) {
        StaffSummary staff = currentStaff.get().orElse(null);
        boolean involved = staff != null && staff.isPartner() && jdbc.sql("""
                        SELECT count(*) FROM person.professional_involvement WHERE person_id = :p AND staff_id = :s AND ended_on IS NULL
                        """)
                .param("p", id).param("s", staff.id()).query(Long.class).single() > 0;
        return access.decide(id, involved);
    }

    /** Every problem with this record, without saving anything (for pages that found other problems first). */
    @Transactional(readOnly = true)
    public Map<String, String> problems(PersonRecord record, UUID self) {
        Map<String, String> errors = PersonRules.check(record, codes, LocalDate.now(clock));
        checkIdentifiersUnique(record, self, errors);
        return errors;
    }

    @Transactional
    public PersonDetails register(PersonRecord record) {
        requireEditor();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = PersonRules.check(record, codes, today);
        checkIdentifiersUnique(record, null, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID actor = currentStaff.id().orElse(null);
        Person saved = people.save(Person.create(record, actor, clock.instant(), today));
        audit.record(new AuditEntry(actor, AuditAction.CREATED, "PERSON", saved.id, null, Map.of("kind", saved.kind)));
        return PersonDetails.of(saved, false);
    }

    /**
     * Registers many people at once (demo authority, migrations from a legacy system). Each is
     * checked by the same rules; the whole batch is one transaction, and each creation is audited.
     */
    @Transactional
    public List<UUID> registerAll(List<PersonRecord> records) {
        requireEditor();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        UUID actor = currentStaff.id().orElse(null);
        List<Person> batch = new ArrayList<>(records.size());
        for (PersonRecord record : records) {
            Map<String, String> errors = PersonRules.check(record, codes, today);
            if (!errors.isEmpty()) {
                throw new RuleViolationException(errors);
            }
            batch.add(Person.create(record, actor, now, today));
        }
        List<UUID> ids = people.saveAll(batch).stream().map(p -> p.id).toList();
        audit.recordAll(actor, AuditAction.CREATED, "PERSON", ids, "bulk registration");
        return ids;
    }

    @Transactional
    public PersonDetails update(UUID id, long expectedVersion, PersonRecord record) {
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException("No such person"));
        AccessDecision decision = decide(id);
        if (decision.outcome() == AccessDecision.Outcome.RESTRICTED) {
            throw new RestrictedRecordException(id);
        }
        if (!decision.allowed() || !decision.mayEdit()) {
            throw new AccessDeniedException("You may not change this record");
        }
        refuseIfMerged(id);
        PersonDetails before = PersonDetails.of(person, decision.restricted());
        if (person.version != expectedVersion) {
            throw new EditConflictException(differences(before.toRecord(), record), person.version);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = PersonRules.check(record, codes, today);
        checkIdentifiersUnique(record, id, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        List<String> changed = differences(before.toRecord(), record).stream().map(FieldDifference::field).toList();
        UUID actor = currentStaff.id().orElse(null);
        person.apply(record, actor, clock.instant(), today);
        Person saved = people.save(person);
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, "PERSON", id, null,
                Map.of("fields", changed, "fromVersion", expectedVersion, "toVersion", saved.version)));
        return PersonDetails.of(saved, decision.restricted());
    }

    @Transactional
    public List<PersonMatch> search(SearchCriteria criteria) {
        StaffSummary staff = currentStaff.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!staff.readsChildRecords()) {
            throw new AccessDeniedException("Your role does not search people's records");
        }
        List<PersonMatch> found = search.find(criteria, staff.isPartner() ? staff.id() : null);
        Set<UUID> hidden = access.hiddenAmong(found.stream().map(PersonMatch::id).toList());
        Set<UUID> restricted = access.restrictedAmong(found.stream().map(PersonMatch::id).toList());
        List<PersonMatch> shown = found.stream()
                .map(m -> hidden.contains(m.id()) ? PersonMatch.hiddenRecord(m.id(), m.score())
                        : restricted.contains(m.id()) ? new PersonMatch(m.id(), m.kind(), m.name(), m.dateOfBirth(), m.legalSex(), m.postcode(), m.score(), true, false) : m)
                .toList();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("by", criteriaUsed(criteria));
        detail.put("results", shown.size());
        audit.record(new AuditEntry(staff.id(), AuditAction.SEARCHED, "PERSON", null, null, detail));
        return shown;
    }

    /** Whether a person record with this identifier exists (for other modules' references; reveals nothing else). */
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return id != null && people.existsById(id);
    }

    /**
     * Names for people listed by other modules (worklists, allocation lists), in one query; a
     * restricted record the signed-in person may not open is named only as restricted. Not audited:
     * a list names the child, opening the record is what is audited.
     */
    @Transactional(readOnly = true)
    public Map<UUID, PersonBrief> briefs(java.util.Collection<UUID> ids) {
        List<UUID> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        Set<UUID> hidden = access.hiddenAmong(distinct);
        Set<UUID> restricted = access.restrictedAmong(distinct);
        Map<UUID, PersonBrief> result = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, kind, concat_ws(' ', given_name, family_name), coalesce(date_of_birth, expected_date_of_birth)
                        FROM person.person WHERE id IN (:ids)
                        """)
                .param("ids", distinct)
                .query((rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    boolean isHidden = hidden.contains(id);
                    java.sql.Date dob = rs.getDate(4);
                    return new PersonBrief(id, rs.getString(2), isHidden ? "Restricted record" : rs.getString(3),
                            isHidden || dob == null ? null : dob.toLocalDate(), restricted.contains(id), isHidden);
                })
                .list()
                .forEach(b -> result.put(b.id(), b));
        return result;
    }

    @Transactional(readOnly = true)
    public long count() {
        return people.count();
    }

    private void requireEditor() {
        StaffSummary staff = currentStaff.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!staff.editsChildRecords() && !staff.has(uk.org.beacon.identity.Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Your role cannot create or change people's records");
        }
    }

    /** A merged record is kept exactly as it was when merged: changes belong on the record it was merged into. */
    void refuseIfMerged(UUID id) {
        if (jdbc.sql("SELECT merged_into FROM person.person WHERE id = :id").param("id", id).query(UUID.class).optional().isPresent()) {
            throw new RuleViolationException(Map.of("mergedInto", "This record was merged into another record: make changes on that record"));
        }
    }

    private void checkIdentifiersUnique(PersonRecord record, UUID self, Map<String, String> errors) {
        if (!errors.containsKey("nhsNumber") && record.nhsNumber() != null && !record.nhsNumber().isBlank()) {
            long others = jdbc.sql("""
                            SELECT count(*) FROM person.person WHERE nhs_number = :n AND id IS DISTINCT FROM :self
                              AND (merged_into IS NULL OR merged_into IS DISTINCT FROM :self)
                            """)
                    .param("n", NhsNumber.normalise(record.nhsNumber())).param("self", self).query(Long.class).single();
            if (others > 0) {
                errors.put("nhsNumber", "This NHS number is already recorded for another person: search for them instead");
            }
        }
        if (!errors.containsKey("upn") && record.upn() != null && !record.upn().isBlank()) {
            long others = jdbc.sql("""
                            SELECT count(*) FROM person.person WHERE upn = :n AND id IS DISTINCT FROM :self
                              AND (merged_into IS NULL OR merged_into IS DISTINCT FROM :self)
                            """)
                    .param("n", UniquePupilNumber.normalise(record.upn())).param("self", self).query(Long.class).single();
            if (others > 0) {
                errors.put("upn", "This UPN is already recorded for another child: each UPN belongs to one child");
            }
        }
    }

    private static List<String> criteriaUsed(SearchCriteria c) {
        List<String> used = new ArrayList<>();
        if (c.name() != null && !c.name().isBlank()) used.add("name");
        if (c.dateOfBirth() != null) used.add("dateOfBirth");
        if (c.nhsNumber() != null && !c.nhsNumber().isBlank()) used.add("nhsNumber");
        if (c.upn() != null && !c.upn().isBlank()) used.add("upn");
        if (c.postcode() != null && !c.postcode().isBlank()) used.add("postcode");
        return used;
    }

    static List<FieldDifference> differences(PersonRecord saved, PersonRecord yours) {
        List<FieldDifference> d = new ArrayList<>();
        cmp(d, "First name", saved.givenName(), yours.givenName());
        cmp(d, "Middle names", saved.middleNames(), yours.middleNames());
        cmp(d, "Last name", saved.familyName(), yours.familyName());
        cmp(d, "Preferred name", saved.preferredName(), yours.preferredName());
        cmp(d, "Other names", names(saved.aliases()), names(yours.aliases()));
        cmp(d, "Date of birth", saved.dateOfBirth(), yours.dateOfBirth());
        cmp(d, "Expected date of birth", saved.expectedDateOfBirth(), yours.expectedDateOfBirth());
        cmp(d, "Legal sex", saved.legalSex(), yours.legalSex());
        cmp(d, "Gender identity", saved.genderIdentity(), yours.genderIdentity());
        cmp(d, "Ethnicity", saved.ethnicity(), yours.ethnicity());
        cmp(d, "Religion", saved.religion(), yours.religion());
        cmp(d, "First language", saved.firstLanguage(), yours.firstLanguage());
        cmp(d, "Interpreter needed", saved.interpreterNeeded(), yours.interpreterNeeded());
        cmp(d, "Disabilities", sorted(saved.disabilities()), sorted(yours.disabilities()));
        cmp(d, "UPN", norm(saved.upn()), norm(yours.upn()));
        cmp(d, "Former UPN", norm(saved.formerUpn()), norm(yours.formerUpn()));
        cmp(d, "Reason UPN not known", saved.upnUnknownReason(), yours.upnUnknownReason());
        cmp(d, "NHS number", saved.nhsNumber() == null ? null : NhsNumber.normalise(saved.nhsNumber()),
                yours.nhsNumber() == null ? null : NhsNumber.normalise(yours.nhsNumber()));
        cmp(d, "Sexual orientation", saved.sexualOrientation(), yours.sexualOrientation());
        cmp(d, "Address", address(saved.address()), address(yours.address()));
        return d;
    }

    private static String names(List<PersonRecord.AliasName> aliases) {
        if (aliases == null) return null;
        List<String> n = aliases.stream()
                .filter(a -> a != null && a.familyName() != null && !a.familyName().isBlank())
                .map(a -> ((a.givenName() == null ? "" : a.givenName().trim() + " ") + a.familyName().trim()))
                .toList();
        return n.isEmpty() ? null : String.join(", ", n);
    }

    private static String sorted(Set<String> s) {
        if (s == null) return null;
        List<String> l = s.stream().filter(x -> x != null && !x.isBlank()).sorted().toList();
        return l.isEmpty() ? null : String.join(", ", l);
    }

    private static String norm(String upn) {
        return upn == null || upn.isBlank() ? null : UniquePupilNumber.normalise(upn);
    }

    private static String address(PersonRecord.AddressLines a) {
        if (a == null || a.isEmpty()) return null;
        return String.join(", ", java.util.stream.Stream.of(a.line1(), a.line2(), a.town(), a.postcode() == null ? null : Postcode.normalise(a.postcode()))
                .filter(x -> x != null && !x.isBlank()).map(String::trim).toList());
    }

    private static void cmp(List<FieldDifference> d, String field, Object saved, Object yours) {
        String s = saved == null || saved.toString().isBlank() ? null : saved.toString().trim();
        String y = yours == null || yours.toString().isBlank() ? null : yours.toString().trim();
        if (!Objects.equals(s, y)) {
            d.add(new FieldDifference(field, s, y));
        }
    }
}
