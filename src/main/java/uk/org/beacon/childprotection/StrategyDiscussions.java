package uk.org.beacon.childprotection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Strategy discussions and meetings about a child (Working Together): recorded once, in full, after
 * the child's referral, with the information each agency shared, the decision and the actions
 * agreed; never changed afterwards. Several may be held for one referral; the one that decided the
 * section 47 enquiry is marked when the enquiry starts from it (the T5 clock runs from its date).
 * Announces {@link StrategyDiscussionHeld}. Every read of the record is audited, every change too.
 */
@Service
public class StrategyDiscussions {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int SUMMARY = 280;

    private final JdbcClient jdbc;
    private final ChildProtectionAccess access;
    private final Contacts contacts;
    private final Staff staff;
    private final Codes codes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StrategyDiscussions(JdbcClient jdbc, ChildProtectionAccess access, Contacts contacts, Staff staff, Codes codes, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.contacts = contacts;
        this.staff = staff;
        this.codes = codes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records a strategy discussion for the child's latest referral; refused with the reason at each field. */
    @PreAuthorize(ChildProtectionAccess.DISCUSSION_RECORDERS)
    @Transactional
    public StrategyDiscussionDetails record(UUID childId, StrategyDiscussionRecord record) {
        StaffSummary me = access.edit(childId);
        Optional<ReferralSummary> referral = latestReferral(childId);
        Map<String, String> errors = StrategyDiscussionRules.check(record, referral.map(ReferralSummary::referralDate).orElse(null), now(),
                agencies());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = UUID.randomUUID();
        boolean joint = Boolean.TRUE.equals(record.section47()) && Boolean.TRUE.equals(record.jointEnquiry());
        jdbc.sql("""
                INSERT INTO childprotection.strategy_discussion (id, child_id, referral_id, held_at, kind, chaired_by, section47, joint_enquiry,
                                                                decision_reason, recorded_by, recorded_at)
                VALUES (:id, :child, :referral, :held, :kind, :chair, :s47, :joint, :reason, :by, :at)
                """)
                .param("id", id).param("child", childId).param("referral", referral.get().id()).param("held", Timestamp.valueOf(record.heldAt()))
                .param("kind", record.kind()).param("chair", record.chairedBy().strip()).param("s47", record.section47()).param("joint", joint)
                .param("reason", record.decisionReason().strip()).param("by", me.id()).param("at", Timestamp.from(clock.instant()))
                .update();
        int position = 0;
        for (StrategyDiscussionRecord.Participant p : record.participants()) {
            if (p == null || p.blank()) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO childprotection.strategy_participant (id, discussion_id, position, agency, name, role, attendance, information_shared)
                    VALUES (:id, :discussion, :position, :agency, :name, :role, :attendance, :info)
                    """)
                    .param("id", UUID.randomUUID()).param("discussion", id).param("position", position++).param("agency", p.agency())
                    .param("name", p.name().strip()).param("role", blankToNull(p.role())).param("attendance", p.attendance())
                    .param("info", blankToNull(p.informationShared()))
                    .update();
        }
        position = 0;
        for (StrategyDiscussionRecord.Action a : record.actions()) {
            if (a == null || a.blank()) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO childprotection.strategy_action (id, discussion_id, position, action, owner_name, owner_agency, due_on)
                    VALUES (:id, :discussion, :position, :action, :owner, :agency, :due)
                    """)
                    .param("id", UUID.randomUUID()).param("discussion", id).param("position", position++).param("action", a.action().strip())
                    .param("owner", a.ownerName().strip()).param("agency", a.ownerAgency()).param("due", a.dueOn())
                    .update();
        }
        audit.record(new AuditEntry(me.id(), AuditAction.CREATED, "STRATEGY_DISCUSSION", id, null,
                Map.of("child", childId.toString(), "section47", record.section47())));
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", childId, null, Map.of("strategyDiscussion", id.toString())));
        StrategyDiscussionDetails saved = load(id).orElseThrow();
        events.publishEvent(new StrategyDiscussionHeld(id, childId, referral.get().id(), record.heldAt(), saved.meeting(), saved.section47(),
                excerpt(saved.decisionLabel() + ". " + saved.decisionReason())));
        return saved;
    }

    /** A discussion in full; the view of the child's record is audited. */
    @PreAuthorize(ChildProtectionAccess.READERS)
    @Transactional
    public StrategyDiscussionDetails open(UUID discussionId) {
        StrategyDiscussionDetails d = load(discussionId).orElseThrow(StrategyDiscussions::noSuchDiscussion);
        access.read(d.childId(), "strategy discussion", discussionId);
        return d;
    }

    /** The child's strategy discussions, latest first (for the record page, which has audited its view already). */
    @PreAuthorize(ChildProtectionAccess.READERS)
    @Transactional(readOnly = true)
    public List<StrategyDiscussionDetails> forChild(UUID childId) {
        access.check(childId);
        return jdbc.sql("SELECT id FROM childprotection.strategy_discussion WHERE child_id = :child ORDER BY held_at DESC, recorded_at DESC")
                .param("child", childId).query(UUID.class).list().stream().map(id -> load(id).orElseThrow()).toList();
    }

    /** The child's latest referral, which a discussion follows (empty when the child has not been referred). */
    @PreAuthorize(ChildProtectionAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<ReferralSummary> latestReferral(UUID childId) {
        return contacts.referralsFor(childId).stream().findFirst();
    }

    /** The date of one of the child's referrals (null if it is not theirs). */
    LocalDate referralDate(UUID childId, UUID referralId) {
        return contacts.referralsFor(childId).stream().filter(r -> r.id().equals(referralId)).map(ReferralSummary::referralDate).findFirst()
                .orElse(null);
    }

    /** The agencies that take part, in the order offered. */
    public CodeSet agencies() {
        return codes.agency();
    }

    /** Now in the practice's time (UK wall clock), as {@code heldAt} is kept. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(UK));
    }

    /** The discussion, unaudited, for the enquiry that starts from it. */
    Optional<StrategyDiscussionDetails> load(UUID id) {
        Optional<Row> row = jdbc.sql("""
                SELECT id, child_id, referral_id, held_at, kind, chaired_by, section47, joint_enquiry, decision_reason, initiated_enquiry_id,
                       recorded_by, recorded_at, version
                FROM childprotection.strategy_discussion WHERE id = :id
                """).param("id", id).query(StrategyDiscussions::row).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        CodeSet agencies = agencies();
        List<StrategyDiscussionDetails.Participant> participants = jdbc.sql("""
                        SELECT agency, name, role, attendance, information_shared FROM childprotection.strategy_participant
                        WHERE discussion_id = :id ORDER BY position
                        """).param("id", id)
                .query((rs, n) -> new StrategyDiscussionDetails.Participant(rs.getString(1), agencies.labelOrCode(rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        List<StrategyDiscussionDetails.Action> actions = jdbc.sql("""
                        SELECT action, owner_name, owner_agency, due_on FROM childprotection.strategy_action WHERE discussion_id = :id ORDER BY position
                        """).param("id", id)
                .query((rs, n) -> new StrategyDiscussionDetails.Action(rs.getString(1), rs.getString(2), rs.getString(3),
                        agencies.labelOrCode(rs.getString(3)), rs.getObject(4, LocalDate.class)))
                .list();
        String recorder = staff.displayNames(List.of(r.recordedBy)).get(r.recordedBy);
        return Optional.of(new StrategyDiscussionDetails(r.id, r.childId, r.referralId, r.heldAt, r.kind, r.chairedBy, r.section47,
                r.joint, r.reason, r.initiated, r.recordedBy, recorder, r.recordedAt.toInstant(), participants, actions, r.version));
    }

    /** Marks the discussion as the one that initiated the enquiry (the T5 clock runs from it); guarded by its version. */
    boolean markInitiated(UUID discussionId, long expectedVersion, UUID enquiryId) {
        return jdbc.sql("""
                UPDATE childprotection.strategy_discussion SET initiated_enquiry_id = :enquiry, version = version + 1
                WHERE id = :id AND version = :version AND initiated_enquiry_id IS NULL
                """).param("enquiry", enquiryId).param("id", discussionId).param("version", expectedVersion).update() == 1;
    }

    /** Locks the discussion row while an enquiry is started from it. */
    void lock(UUID discussionId) {
        jdbc.sql("SELECT id FROM childprotection.strategy_discussion WHERE id = :id FOR UPDATE").param("id", discussionId).query(UUID.class)
                .optional();
    }

    private record Row(UUID id, UUID childId, UUID referralId, LocalDateTime heldAt, String kind, String chairedBy, boolean section47,
            boolean joint, String reason, UUID initiated, UUID recordedBy, Timestamp recordedAt, long version) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getTimestamp(4).toLocalDateTime(),
                rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9), rs.getObject(10, UUID.class),
                rs.getObject(11, UUID.class), rs.getTimestamp(12), rs.getLong(13));
    }

    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SUMMARY) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SUMMARY);
        return flat.substring(0, cut > SUMMARY / 2 ? cut : SUMMARY) + "…";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static NotFoundException noSuchDiscussion() {
        return new NotFoundException("No such strategy discussion");
    }
}
