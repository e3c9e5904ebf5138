package uk.org.beacon.frontdoor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.HouseholdMember;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RelationshipView;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The front door's contacts: received from any channel, screened, decided once with a rationale
 * and feedback to the referrer; a decision for assessment or a strategy discussion creates the
 * referral. The screener sees the child's history (earlier contacts and referrals, with the
 * re-referral flag) and every sibling or other child at the address, each to be considered.
 */
@Service
public class Contacts {

    private final ContactRepository contacts;
    private final JdbcClient jdbc;
    private final Codes codes;
    private final CurrentStaff currentStaff;
    private final Families families;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final FrontDoorSettings settings;
    private final Clocks clocks;
    private final Clock clock;

    Contacts(ContactRepository contacts, JdbcClient jdbc, Codes codes, CurrentStaff currentStaff, Families families, People people,
            AuditTrail audit, ApplicationEventPublisher events, FrontDoorSettings settings, Clocks clocks, Clock clock) {
        this.contacts = contacts;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.codes = codes;
        this.currentStaff = currentStaff;
        this.families = families;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** A contact recorded by front-door staff (phone, email, walk-in…). */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER','SOCIAL_WORKER')")
    @Transactional
    public ContactDetails record(ContactRecord record) {
        return receive(record, null, null, null);
    }

    /** A partner professional's online multi-agency referral form: acknowledged at once with a reference. */
    @PreAuthorize("hasRole('PARTNER_LEAD_PROFESSIONAL')")
    @Transactional
    public ContactDetails submitAsPartner(ContactRecord record) {
        StaffSummary me = currentStaff.require();
        ContactRecord marf = new ContactRecord(clock.instant(), Channel.MARF, record.referralSource(), null, record.childGivenName(),
                record.childFamilyName(), record.childDateOfBirth(), record.childPostcode(), record.childAddress(), record.concerns(),
                record.concernSummary(), record.householdNotes(), record.consent(), record.consentNote(), record.requestType(),
                record.urgency(), me.displayName(), me.organisation(), me.jobTitle(), record.referrerPhone(),
                record.referrerEmail() == null || record.referrerEmail().isBlank() ? me.email() : record.referrerEmail(), null, null, false);
        return receive(marf, me.id(), null, null);
    }

    /**
     * Receives a contact unless one with the same idempotency key (e.g. a police reference) is
     * already held, in which case that one is returned and nothing new is created.
     */
    @Transactional
    ContactDetails receive(ContactRecord record, UUID submittedBy, String idempotencyKey, UUID importBatchId) {
        if (idempotencyKey != null) {
            Optional<Contact> existing = contacts.findByIdempotencyKey(idempotencyKey);
            if (existing.isPresent()) {
                return ContactDetails.of(existing.get());
            }
        }
        Map<String, String> errors = ContactRules.check(record, codes, LocalDate.now(clock.withZone(ContactRules.UK)));
        if (record.childId() != null && !personExists(record.childId())) {
            errors.put("childId", "The child chosen is not on Beacon: search again");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID actor = currentStaff.id().orElse(null);
        Contact contact = Contact.receive(nextReference(), record, actor, submittedBy, clock.instant());
        contact.idempotencyKey = idempotencyKey;
        contact.importBatchId = importBatchId;
        Contact saved = contacts.save(contact);
        audit.record(new AuditEntry(actor, AuditAction.CREATED, "CONTACT", saved.id, null, Map.of("channel", saved.channel)));
        if (saved.childId != null) {
            audit.record(new AuditEntry(actor, AuditAction.CHANGED, "PERSON", saved.childId, null, Map.of("contactReceived", saved.id.toString())));
            events.publishEvent(received(saved));
        }
        return ContactDetails.of(saved);
    }

    /** The contact made from a police notification, by the police's reference. */
    @Transactional(readOnly = true)
    public Optional<ContactDetails> findByPoliceReference(String policeReference) {
        return contacts.findByIdempotencyKey("POLICE:" + policeReference.trim().toUpperCase()).map(ContactDetails::of);
    }

    /** Whether a contact with this idempotency key (e.g. a police reference) is already held. */
    @Transactional(readOnly = true)
    boolean heldWithKey(String key) {
        return contacts.findByIdempotencyKey(key).isPresent();
    }

    /** A contact from an import (police notifications): checked by the same rules; the key makes a repeat a no-op. */
    @Transactional
    ContactDetails receiveImported(ContactRecord record, String idempotencyKey, UUID batchId) {
        return receive(record, null, idempotencyKey, batchId);
    }

    /** Opens a contact for screening; audited. Partners may open only their own submissions. */
    @Transactional
    public ContactDetails open(UUID id) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new NotFoundException("No such contact"));
        StaffSummary me = currentStaff.require();
        if (me.isPartner() ? !me.id().equals(contact.submittedBy) : !me.readsChildRecords()) {
            throw new AccessDeniedException("You may not open this contact");
        }
        audit.record(new AuditEntry(me.id(), AuditAction.VIEWED, "CONTACT", id, null, Map.of()));
        return ContactDetails.of(contact);
    }

    /**
     * The screener takes the contact. If someone else is already screening it, they are told who
     * and since when, and take it only if they choose to.
     */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER')")
    @Transactional
    public ScreeningClaim claim(UUID id, boolean takeOver) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new NotFoundException("No such contact"));
        StaffSummary me = currentStaff.require();
        if (!ContactStatus.AWAITING_SCREENING.name().equals(contact.status)) {
            // no longer in the queue: nobody holds it, nothing to take
            return new ScreeningClaim(true, contact.screenerId, contact.screeningStartedAt);
        }
        if (contact.screenerId != null && !contact.screenerId.equals(me.id()) && !takeOver) {
            return new ScreeningClaim(false, contact.screenerId, contact.screeningStartedAt);
        }
        contact.claim(me.id(), clock.instant());
        contacts.save(contact);
        return new ScreeningClaim(true, me.id(), contact.screeningStartedAt);
    }

    /** Links the contact to a person (matched or just created) once the screener is sure. */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER','SOCIAL_WORKER')")
    @Transactional
    public ContactDetails identifyChild(UUID id, long expectedVersion, UUID personId) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new NotFoundException("No such contact"));
        if (contact.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Child", String.valueOf(contact.childId), String.valueOf(personId))), contact.version);
        }
        if (personId == null || !personExists(personId)) {
            throw new RuleViolationException(Map.of("personId", "Choose the child from the matches, or add them as a new person"));
        }
        if (contact.decided()) {
            throw new RuleViolationException(Map.of("personId", "This contact has been decided: the child can no longer be changed"));
        }
        contact.identifyChild(personId);
        Contact saved = contacts.save(contact);
        UUID actor = currentStaff.id().orElse(null);
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, "CONTACT", id, null, Map.of("childIdentified", personId.toString())));
        events.publishEvent(received(saved));
        return ContactDetails.of(saved);
    }

    /**
     * Records the screening decision once, with its rationale and the feedback given to the
     * referrer. A decision for assessment or a strategy discussion creates the referral.
     */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER')")
    @Transactional
    public ContactDetails decide(UUID id, long expectedVersion, ScreeningDecision decision, String rationale, String feedback) {
        return decide(id, expectedVersion, decision, rationale, feedback, null);
    }

    /**
     * Records a decision that was made earlier than it is being typed up (e.g. agreed by phone
     * out of hours): {@code decidedAt} is the practice time, which the decision clock measures;
     * it cannot be before the contact was received or in the future.
     */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER')")
    @Transactional
    public ContactDetails decide(UUID id, long expectedVersion, ScreeningDecision decision, String rationale, String feedback,
            Instant decidedAt) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new NotFoundException("No such contact"));
        if (contact.decided()) {
            throw new EditConflictException(List.of(new FieldDifference("Decision",
                    ScreeningDecision.valueOf(contact.decision).label(), decision == null ? null : decision.label())), contact.version);
        }
        if (contact.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Contact", "changed since you opened it", "")), contact.version);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (decision == null) {
            errors.put("decision", "Select the decision");
        }
        if (rationale == null || rationale.trim().length() < 20) {
            errors.put("rationale", "Give the rationale for the decision (at least 20 characters): what you weighed and why");
        }
        if (decision != null && decision.makesReferral() && contact.childId == null) {
            errors.put("decision", "Match the child to a person, or add them, before making a referral");
        }
        if (decidedAt != null && (decidedAt.isBefore(contact.receivedAt) || decidedAt.isAfter(clock.instant()))) {
            errors.put("decidedAt", "The time of the decision must be after the contact was received and not in the future");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        StaffSummary me = currentStaff.require();
        Instant now = decidedAt != null ? decidedAt : clock.instant();
        contact.decide(decision, rationale, feedback, me.id(), now);
        if (settings.decisionsNeedAuthorisation() && !me.has(Role.TEAM_MANAGER)) {
            contact.awaitAuthorisation();
            Contact saved = contacts.save(contact);
            audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "CONTACT", id, null,
                    Map.of("decision", decision.name(), "awaiting", "manager's agreement")));
            return ContactDetails.of(saved);
        }
        return finalise(contact, me.id(), now);
    }

    /** A manager agrees a screener's decision; the referral (if any) follows from it now. */
    @PreAuthorize("hasRole('TEAM_MANAGER')")
    @Transactional
    public ContactDetails authorise(UUID id, long expectedVersion, String note) {
        Contact contact = awaitingAuthorisation(id, expectedVersion);
        UUID manager = currentStaff.require().id();
        Instant now = clock.instant();
        contact.authorise(manager, note, now);
        return finalise(contact, manager, now);
    }

    /** A manager sends a screener's decision back to the queue, with the reason; the decision it replaced stays in the audit trail. */
    @PreAuthorize("hasRole('TEAM_MANAGER')")
    @Transactional
    public ContactDetails returnDecision(UUID id, long expectedVersion, String reason) {
        if (reason == null || reason.trim().length() < 10) {
            throw new RuleViolationException(Map.of("returnReason", "Explain what the screener should reconsider (at least 10 characters)"));
        }
        Contact contact = awaitingAuthorisation(id, expectedVersion);
        String returned = contact.decision;
        contact.returnForScreening();
        Contact saved = contacts.save(contact);
        audit.record(new AuditEntry(currentStaff.require().id(), AuditAction.CHANGED, "CONTACT", id, reason.trim(),
                Map.of("decisionReturned", returned)));
        return ContactDetails.of(saved);
    }

    /** Decisions waiting for a manager's agreement, oldest first. */
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','SCREENER')")
    @Transactional(readOnly = true)
    public List<ContactDetails> awaitingAuthorisation() {
        return contacts.findAllById(jdbc.sql("SELECT id FROM frontdoor.contact WHERE status = 'AWAITING_AUTHORISATION' ORDER BY decided_at LIMIT 500")
                        .query(UUID.class).list())
                .stream().map(ContactDetails::of).sorted((a, b) -> a.decidedAt().compareTo(b.decidedAt())).toList();
    }

    private Contact awaitingAuthorisation(UUID id, long expectedVersion) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new NotFoundException("No such contact"));
        if (!ContactStatus.AWAITING_AUTHORISATION.name().equals(contact.status) || contact.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Status", ContactStatus.valueOf(contact.status).label(),
                    ContactStatus.AWAITING_AUTHORISATION.label())), contact.version);
        }
        return contact;
    }

    /** The decision stands: save it, and make the referral when it is one. */
    private ContactDetails finalise(Contact contact, UUID actor, Instant now) {
        UUID id = contact.id;
        ScreeningDecision decision = ScreeningDecision.valueOf(contact.decision);
        Contact saved = contacts.save(contact);
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, "CONTACT", id, null, Map.of("decision", decision.name())));
        if (decision.makesReferral()) {
            LocalDate referralDate = contact.receivedAt.atZone(ContactRules.UK).toLocalDate();
            boolean reReferral = previousReferralWithin12Months(contact.childId, referralDate);
            UUID referralId = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO frontdoor.referral (id, contact_id, child_id, referral_date, referral_source, route, re_referral, created_at)
                    VALUES (:id, :contact, :child, :date, :source, :route, :re, :now)
                    """)
                    .param("id", referralId).param("contact", id).param("child", contact.childId).param("date", referralDate)
                    .param("source", contact.referralSource).param("route", decision.name()).param("re", reReferral)
                    .param("now", Timestamp.from(now))
                    .update();
            audit.record(new AuditEntry(actor, AuditAction.CHANGED, "PERSON", contact.childId, null, Map.of("referral", referralId.toString())));
            // the child and family assessment must be completed within 45 working days of the referral (T2)
            clocks.start("T2", contact.childId, "REFERRAL", referralId, referralDate);
            events.publishEvent(new ReferralAccepted(referralId, id, contact.childId, referralDate, contact.referralSource, decision, reReferral));
        }
        events.publishEvent(new ContactDecided(id, contact.childId, decision, LocalDateTime.ofInstant(contact.decidedAt, ContactRules.UK),
                contact.decisionRationale));
        return ContactDetails.of(saved);
    }

    private ContactReceived received(Contact c) {
        return new ContactReceived(c.id, c.childId, LocalDateTime.ofInstant(c.receivedAt, ContactRules.UK),
                codes.referralSource().labelOrCode(c.referralSource) + " (" + Channel.valueOf(c.channel).label() + ")", c.concernSummary);
    }

    /** Records that a sibling or other child at the address was considered, with the outcome and why. */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER')")
    @Transactional
    public void consider(UUID contactId, UUID personId, String outcome, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"ACTION_NEEDED".equals(outcome) && !"NOT_NEEDED".equals(outcome)) {
            errors.put("outcome-" + personId, "Select whether action is needed for this child");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason-" + personId, "Give the reason");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO frontdoor.sibling_consideration (contact_id, person_id, outcome, reason, recorded_by, recorded_at)
                VALUES (:c, :p, :o, :r, :by, :at)
                ON CONFLICT (contact_id, person_id) DO UPDATE SET outcome = EXCLUDED.outcome, reason = EXCLUDED.reason,
                    recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at
                """)
                .param("c", contactId).param("p", personId).param("o", outcome).param("r", reason.trim()).param("by", actor)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, "CONTACT", contactId, null, Map.of("siblingConsidered", personId.toString())));
    }

    /** Siblings and other children at the child's address, each with what the screener recorded. */
    @Transactional(readOnly = true)
    public List<SiblingPrompt> siblings(UUID contactId, UUID childId) {
        if (childId == null) {
            return List.of();
        }
        Map<UUID, SiblingPrompt> prompts = new LinkedHashMap<>();
        for (RelationshipView r : families.relationships(childId)) {
            if (r.relationship().toLowerCase().contains("sibling") && r.endedOn() == null) {
                prompts.put(r.relativeId(), new SiblingPrompt(r.relativeId(), r.relativeName(), r.relativeDateOfBirth(),
                        r.relationship() + (r.sameAddress() ? ", same address" : ", lives elsewhere"), null, null));
            }
        }
        for (HouseholdMember m : families.household(childId)) {
            if (!"ADULT".equals(m.kind()) && !prompts.containsKey(m.personId())) {
                prompts.put(m.personId(), new SiblingPrompt(m.personId(), m.name(), m.dateOfBirth(), "Another child at the same address", null, null));
            }
        }
        Map<UUID, String[]> recorded = new LinkedHashMap<>();
        jdbc.sql("SELECT person_id, outcome, reason FROM frontdoor.sibling_consideration WHERE contact_id = :c")
                .param("c", contactId)
                .query((rs, i) -> recorded.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)}))
                .list();
        return prompts.values().stream()
                .map(p -> recorded.containsKey(p.personId())
                        ? new SiblingPrompt(p.personId(), p.name(), p.dateOfBirth(), p.how(), recorded.get(p.personId())[0], recorded.get(p.personId())[1])
                        : p)
                .toList();
    }

    /** Earlier contacts and referrals for the child, newest first, with outcomes. */
    @Transactional(readOnly = true)
    public List<HistoryItem> history(UUID childId, UUID exceptContactId) {
        if (childId == null) {
            return List.of();
        }
        List<HistoryItem> items = new ArrayList<>(jdbc.sql("""
                        SELECT received_at, reference, status, decision, id FROM frontdoor.contact
                        WHERE child_id = :child AND id <> :except ORDER BY received_at DESC
                        """)
                .param("child", childId).param("except", exceptContactId == null ? new UUID(0, 0) : exceptContactId)
                .query((rs, i) -> new HistoryItem(rs.getTimestamp(1).toInstant().atZone(ContactRules.UK).toLocalDate(), "Contact",
                        rs.getString(4) != null ? ScreeningDecision.valueOf(rs.getString(4)).label() : ContactStatus.valueOf(rs.getString(3)).label(),
                        rs.getString(2), rs.getObject(5, UUID.class)))
                .list());
        items.addAll(jdbc.sql("""
                        SELECT r.referral_date, c.reference, r.route, r.re_referral, r.contact_id FROM frontdoor.referral r
                        JOIN frontdoor.contact c ON c.id = r.contact_id WHERE r.child_id = :child ORDER BY r.referral_date DESC
                        """)
                .param("child", childId)
                .query((rs, i) -> new HistoryItem(rs.getDate(1).toLocalDate(), rs.getBoolean(4) ? "Referral (re-referral)" : "Referral",
                        ScreeningDecision.valueOf(rs.getString(3)).label(), rs.getString(2), rs.getObject(5, UUID.class)))
                .list());
        items.sort((a, b) -> b.date().compareTo(a.date()));
        return items;
    }

    /** The child's referrals, newest first (for the child's record and allocation). */
    @PreAuthorize("hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> referralsFor(UUID childId) {
        return jdbc.sql(REFERRALS + " WHERE r.child_id = :child ORDER BY r.referral_date DESC, r.created_at DESC")
                .param("child", childId)
                .query(Contacts::referral)
                .list();
    }

    /** Referrals made between two days inclusive, oldest first (for allocation: referred children waiting for a team). */
    @PreAuthorize("hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> referralsBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(REFERRALS + " WHERE r.referral_date BETWEEN :from AND :to ORDER BY r.referral_date, r.created_at")
                .param("from", from).param("to", to)
                .query(Contacts::referral)
                .list();
    }

    private static final String REFERRALS = """
            SELECT r.id, r.contact_id, c.reference, r.child_id, r.referral_date, r.referral_source, r.route, r.re_referral
            FROM frontdoor.referral r JOIN frontdoor.contact c ON c.id = r.contact_id
            """;

    private static ReferralSummary referral(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReferralSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getDate(5).toLocalDate(), rs.getString(6), ScreeningDecision.valueOf(rs.getString(7)), rs.getBoolean(8));
    }

    /** Whether a referral now would be a re-referral: the child was referred within the last 12 months. */
    @Transactional(readOnly = true)
    public boolean wouldBeReReferral(UUID childId, LocalDate on) {
        return childId != null && previousReferralWithin12Months(childId, on);
    }

    /** The screening queue: contacts awaiting a decision, oldest first. */
    @Transactional(readOnly = true)
    public List<ContactDetails> awaitingScreening() {
        requireFrontDoorReader();
        return contacts.findAllById(jdbc.sql("SELECT id FROM frontdoor.contact WHERE status = 'AWAITING_SCREENING' ORDER BY received_at LIMIT 500")
                        .query(UUID.class).list())
                .stream().map(ContactDetails::of)
                .sorted((a, b) -> a.receivedAt().compareTo(b.receivedAt()))
                .toList();
    }

    /** A partner's own submissions and what became of them. */
    @PreAuthorize("hasRole('PARTNER_LEAD_PROFESSIONAL')")
    @Transactional(readOnly = true)
    public List<PartnerSubmission> mySubmissions() {
        UUID me = currentStaff.require().id();
        return jdbc.sql("""
                        SELECT id, reference, received_at, trim(coalesce(child_given_name, '') || ' ' || coalesce(child_family_name, '')),
                               status, decision, decided_at, feedback
                        FROM frontdoor.contact WHERE submitted_by = :me ORDER BY received_at DESC
                        """)
                .param("me", me)
                .query((rs, i) -> new PartnerSubmission(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), ContactStatus.valueOf(rs.getString(5)).label(),
                        decisionStands(rs.getString(5), rs.getString(6)) ? ScreeningDecision.valueOf(rs.getString(6)).label() : null,
                        decisionStands(rs.getString(5), rs.getString(6)) ? rs.getTimestamp(7).toInstant() : null,
                        decisionStands(rs.getString(5), rs.getString(6)) ? rs.getString(8) : null))
                .list();
    }

    private static boolean decisionStands(String status, String decision) {
        return decision != null && ContactStatus.DECIDED.name().equals(status);
    }

    private void requireFrontDoorReader() {
        StaffSummary me = currentStaff.require();
        if (!me.readsChildRecords() || me.isPartner()) {
            throw new AccessDeniedException("The screening queue is for front-door staff");
        }
    }

    private boolean previousReferralWithin12Months(UUID childId, LocalDate on) {
        return jdbc.sql("""
                        SELECT count(*) FROM frontdoor.referral WHERE child_id = :child AND referral_date <= :on AND referral_date > :yearBefore
                        """)
                .param("child", childId).param("on", on).param("yearBefore", on.minusMonths(12))
                .query(Long.class).single() > 0;
    }

    private boolean personExists(UUID id) {
        return people.exists(id);
    }

    private String nextReference() {
        long n = jdbc.sql("SELECT nextval('frontdoor.contact_number')").query(Long.class).single();
        return String.format("C%d-%06d", LocalDate.now(clock.withZone(ContactRules.UK)).getYear(), n);
    }

    static boolean isFrontDoor(StaffSummary s) {
        return s.has(Role.SCREENER) || s.has(Role.TEAM_MANAGER);
    }
}
