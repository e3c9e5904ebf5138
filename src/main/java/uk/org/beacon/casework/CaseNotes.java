package uk.org.beacon.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.AccessDecision;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RecordPart;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.timescales.TimescaleRule;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Case notes and visits on a child's record. A note is a draft row from the moment it is started,
 * saved as it is typed (only its author sees it, as "draft in progress"); finalising checks it in
 * full, makes it immutable and announces {@link CaseNoteFinalised}; afterwards only dated
 * appendments and attachments are added. A draft that is not needed is voided with a reason. A home
 * or office visit at which the child was seen stops the child's open visiting clocks and starts the
 * next (T9, T10, T12…, T13…), asking why when it is late. Every read goes through the child's record
 * access and is audited; every change is audited.
 */
@Service
public class CaseNotes {

    static final String READERS = CaseworkRoles.STAFF;
    static final String WRITERS = CaseworkRoles.PRACTITIONERS;
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int EXCERPT = 280;

    private final CaseNoteRepository notes;
    private final JdbcClient jdbc;
    private final People people;
    private final CurrentStaff currentStaff;
    private final Staff staff;
    private final AuditTrail audit;
    private final Codes codes;
    private final ApplicationEventPublisher events;
    private final VisitClocks visitClocks;
    private final Clock clock;

    CaseNotes(CaseNoteRepository notes, JdbcClient jdbc, People people, CurrentStaff currentStaff, Staff staff, AuditTrail audit,
            Codes codes, ApplicationEventPublisher events, VisitClocks visitClocks, Clock clock) {
        this.notes = notes;
        this.jdbc = jdbc;
        this.people = people;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.audit = audit;
        this.codes = codes;
        this.events = events;
        this.visitClocks = visitClocks;
        this.clock = clock;
    }

    /** Starts a note on the child's record as the signed-in worker's draft; nothing in it is checked until it is saved. */
    @PreAuthorize(WRITERS)
    @Transactional
    public CaseNoteDetails startDraft(UUID childId, CaseNoteContent content) {
        PersonDetails child = openChild(childId, true);
        return details(createDraft(child, content));
    }

    /**
     * Records a finished note in one step (a draft finalised at once), for notes written elsewhere
     * first (imports, the demo): the same checks as writing a draft and finalising it.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public CaseNoteDetails record(UUID childId, CaseNoteContent content, String lateReasonCode, String lateReasonText) {
        PersonDetails child = openChild(childId, true);
        return details(finaliseNote(createDraft(child, content), child, lateReasonCode, lateReasonText));
    }

    private CaseNote createDraft(PersonDetails child, CaseNoteContent content) {
        StaffSummary me = currentStaff.require();
        CaseNoteContent c = content == null ? empty() : content;
        refuseIf(CaseNoteRules.checkDraft(c, types(), child.dateOfBirth(), now()));
        CaseNote note = CaseNote.start(child.id(), me.id(), clock.instant());
        note.write(c, clock.instant());
        CaseNote saved = notes.save(note);
        audit.record(new AuditEntry(me.id(), AuditAction.CREATED, "CASE_NOTE", saved.id, null, Map.of("child", child.id().toString())));
        return saved;
    }

    /**
     * Saves what the author has typed into their draft. Refused (nothing saved) if the draft rules
     * are broken; a stale {@code expectedVersion} is an edit conflict unless what is saved is already
     * what is sent (an automatic save got there first). Saving unchanged content changes nothing, so
     * an automatic save every few seconds does not churn the version.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public CaseNoteDetails saveDraft(UUID noteId, long expectedVersion, CaseNoteContent content) {
        CaseNote note = authorsDraft(noteId);
        refuseIf(CaseNoteRules.checkDraft(content, types(), null, now()));
        if (Objects.equals(normalised(note.content()), normalised(content))) {
            return details(note);
        }
        if (note.version != expectedVersion) {
            throw new EditConflictException(differences(note.content(), content), note.version);
        }
        PersonDetails child = openChild(note.childId, true);
        refuseIf(CaseNoteRules.checkDraft(content, types(), child.dateOfBirth(), now()));
        List<String> changed = differences(note.content(), content).stream().map(FieldDifference::field).toList();
        note.write(content, clock.instant());
        CaseNote saved = notes.save(note);
        audit.record(new AuditEntry(note.authorId, AuditAction.CHANGED, "CASE_NOTE", noteId, null,
                Map.of("fields", changed, "toVersion", saved.version)));
        return details(saved);
    }

    /**
     * Finalises the author's draft: checked in full, then immutable. A visit that is late for one of
     * the child's open visiting clocks needs a late reason (a code and the worker's words).
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public CaseNoteDetails finalise(UUID noteId, long expectedVersion, String lateReasonCode, String lateReasonText) {
        CaseNote note = authorsDraft(noteId);
        if (note.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Note", "saved again since you opened it", "")), note.version);
        }
        PersonDetails child = openChild(note.childId, true);
        return details(finaliseNote(note, child, lateReasonCode, lateReasonText));
    }

    private CaseNote finaliseNote(CaseNote note, PersonDetails child, String lateReasonCode, String lateReasonText) {
        UUID noteId = note.id;
        CaseNoteContent c = note.content();
        Map<String, String> errors = CaseNoteRules.checkFinal(c, types(), child.dateOfBirth(), now());
        String lateCode = null;
        String lateText = null;
        if (errors.isEmpty() && CaseNoteRules.countsAsVisit(c) && visitWouldBeLate(note.childId, c.occurredAt().toLocalDate())) {
            errors.putAll(CaseNoteRules.checkLateReason(lateReasonCode, lateReasonText, lateReasons()));
            lateCode = blankToNull(lateReasonCode);
            lateText = blankToNull(lateReasonText);
        }
        refuseIf(errors);
        Instant now = clock.instant();
        note.finalise(now, lateCode, lateText);
        CaseNote saved = notes.save(note);
        audit.record(new AuditEntry(note.authorId, AuditAction.CHANGED, "CASE_NOTE", noteId, null, Map.of("finalised", true)));
        audit.record(new AuditEntry(note.authorId, AuditAction.CHANGED, "PERSON", note.childId, null, Map.of("caseNoteFinalised", noteId.toString())));
        if (CaseNoteRules.countsAsVisit(c)) {
            visited(note.childId, c.occurredAt().toLocalDate(), lateCode, lateText);
        }
        events.publishEvent(new CaseNoteFinalised(noteId, note.childId, c.noteType(), c.occurredAt(), c.significant(), c.childSeen(),
                c.childSeenAlone(), c.title(), excerpt(c.text()), note.authorId));
        return saved;
    }

    /** Voids the author's draft that is no longer needed, with the reason. It is kept, not deleted; a finalised note is never voided. */
    @PreAuthorize(WRITERS)
    @Transactional
    public CaseNoteDetails voidDraft(UUID noteId, long expectedVersion, String reason) {
        CaseNote note = notes.findById(noteId).orElseThrow(CaseNotes::noSuchNote);
        UUID me = currentStaff.require().id();
        if (!me.equals(note.authorId)) {
            throw noSuchNote();
        }
        if (!note.draft()) {
            throw new RuleViolationException(Map.of("reason", note.state() == CaseNote.Status.VOIDED ? "This draft has already been voided"
                    : "A finalised note cannot be voided: add an appendment to correct or add to it"));
        }
        if (note.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Note", "saved again since you opened it", "")), note.version);
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolationException(Map.of("reason", "Give the reason the draft is not needed (at least 5 characters)"));
        }
        openChild(note.childId, true);
        note.voidDraft(me, clock.instant(), reason.strip());
        CaseNote saved = notes.save(note);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "CASE_NOTE", noteId, reason.strip(), Map.of("voided", true)));
        return details(saved);
    }

    /** Adds a dated appendment to a finalised note (the note itself never changes). */
    @PreAuthorize(WRITERS)
    @Transactional
    public CaseNoteDetails append(UUID noteId, String text) {
        CaseNote note = notes.findById(noteId).orElseThrow(CaseNotes::noSuchNote);
        UUID me = currentStaff.require().id();
        if (note.state() != CaseNote.Status.FINALISED) {
            if (!me.equals(note.authorId)) {
                throw noSuchNote();
            }
            throw new RuleViolationException(Map.of("appendment", note.draft() ? "This note is still a draft: change the draft instead"
                    : "This draft was voided: nothing can be added to it"));
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(Map.of("appendment", "Write what you are adding to the note"));
        }
        if (text.length() > CaseNoteRules.MAX_TEXT) {
            throw new RuleViolationException(Map.of("appendment", "The appendment must be 100,000 characters or fewer"));
        }
        openChild(note.childId, true);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework.case_note_appendment (id, note_id, body, appended_by, appended_at) VALUES (:id, :note, :body, :by, :at)
                """)
                .param("id", id).param("note", noteId).param("body", text.strip()).param("by", me).param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "CASE_NOTE", noteId, null, Map.of("appendment", id.toString())));
        return details(note);
    }

    /**
     * Keeps a file received (a photo, a letter) with a note: PDF, JPEG, PNG, Word (.docx) or plain
     * text, up to {@link CaseNoteAttachments#MAX_BYTES}; the content must be what its name says.
     * A draft's author may attach to it; once finalised anyone who may change the record may.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public CaseNoteDetails attach(UUID noteId, String fileName, byte[] content, String description) {
        CaseNote note = notes.findById(noteId).orElseThrow(CaseNotes::noSuchNote);
        UUID me = currentStaff.require().id();
        if (note.state() != CaseNote.Status.FINALISED && !me.equals(note.authorId)) {
            throw noSuchNote();
        }
        if (note.state() == CaseNote.Status.VOIDED) {
            throw new RuleViolationException(Map.of("file", "This draft was voided: nothing can be attached to it"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String contentType = CaseNoteAttachments.check(fileName, content, errors);
        if (description != null && description.length() > 500) {
            errors.put("description", "The description must be 500 characters or fewer");
        }
        refuseIf(errors);
        openChild(note.childId, true);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework.case_note_attachment (id, note_id, file_name, content_type, size_bytes, content, description, uploaded_by, uploaded_at)
                VALUES (:id, :note, :name, :type, :size, :content, :description, :by, :at)
                """)
                .param("id", id).param("note", noteId).param("name", CaseNoteAttachments.safeName(fileName)).param("type", contentType)
                .param("size", (long) content.length).param("content", content).param("description", blankToNull(description))
                .param("by", me).param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(me, AuditAction.CHANGED, "CASE_NOTE", noteId, null, Map.of("attachment", id.toString(), "bytes", content.length)));
        return details(note);
    }

    /** An attachment's content; the download is audited on the child's record. */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public CaseNoteFile file(UUID noteId, UUID attachmentId) {
        CaseNote note = visibleNote(noteId);
        CaseNoteFile file = jdbc.sql("""
                        SELECT id, note_id, file_name, content_type, content FROM casework.case_note_attachment WHERE id = :id AND note_id = :note
                        """)
                .param("id", attachmentId).param("note", noteId)
                .query((rs, i) -> new CaseNoteFile(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)))
                .optional().orElseThrow(() -> new NotFoundException("No such attachment"));
        checkReadAccess(note.childId);
        UUID me = currentStaff.require().id();
        audit.record(new AuditEntry(me, AuditAction.VIEWED, "PERSON", note.childId, null,
                Map.of("caseNote", noteId.toString(), "attachmentDownloaded", attachmentId.toString())));
        return file;
    }

    /** One note in full; audited as a view of the child's record. A draft or voided draft is visible only to its author. */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public CaseNoteDetails open(UUID noteId) {
        CaseNote note = visibleNote(noteId);
        checkReadAccess(note.childId);
        audit.record(new AuditEntry(currentStaff.require().id(), AuditAction.VIEWED, "PERSON", note.childId, null,
                Map.of("caseNote", noteId.toString())));
        return details(note);
    }

    /**
     * The child's notes, newest first by practice time: finalised notes, and the signed-in worker's
     * own drafts in progress. Audited as a view of the child's record.
     */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public List<CaseNoteSummary> list(UUID childId, CaseNoteFilter filter) {
        checkReadAccess(childId);
        UUID me = currentStaff.require().id();
        CaseNoteFilter f = filter == null ? CaseNoteFilter.all() : filter;
        audit.record(new AuditEntry(me, AuditAction.VIEWED, "PERSON", childId, null, Map.of("caseNotes", "list")));
        StringBuilder where = new StringBuilder("n.child_id = :child AND (n.status = 'FINALISED' OR (n.status = 'DRAFT' AND n.author_id = :me))");
        if (f.noteType() != null && !f.noteType().isBlank()) {
            where.append(" AND n.note_type = :type");
        }
        if (f.significantOnly()) {
            where.append(" AND n.significant");
        }
        if (f.from() != null) {
            where.append(" AND n.occurred_at >= :from");
        }
        if (f.to() != null) {
            where.append(" AND n.occurred_at < :to");
        }
        if (f.authorId() != null) {
            where.append(" AND n.author_id = :author");
        }
        var query = jdbc.sql(SUMMARY + " WHERE " + where + " ORDER BY (n.status = 'DRAFT') DESC, n.occurred_at DESC NULLS FIRST, n.started_at DESC LIMIT 1000")
                .param("child", childId).param("me", me);
        if (f.noteType() != null && !f.noteType().isBlank()) {
            query = query.param("type", f.noteType());
        }
        if (f.from() != null) {
            query = query.param("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            query = query.param("to", f.to().plusDays(1).atStartOfDay());
        }
        if (f.authorId() != null) {
            query = query.param("author", f.authorId());
        }
        return named(query.query(this::summary).list());
    }

    /** The signed-in worker's drafts in progress for the child, newest first (to continue one rather than start again). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CaseNoteSummary> myDrafts(UUID childId) {
        UUID me = currentStaff.require().id();
        return named(jdbc.sql(SUMMARY + " WHERE n.child_id = :child AND n.status = 'DRAFT' AND n.author_id = :me ORDER BY n.saved_at DESC")
                .param("child", childId).param("me", me)
                .query(this::summary).list());
    }

    /** Everyone who has finalised a note on the child's record (for the notes page's filter). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Map<UUID, String> authors(UUID childId) {
        checkReadAccess(childId);
        List<UUID> ids = jdbc.sql("SELECT DISTINCT author_id FROM casework.case_note WHERE child_id = :child AND status = 'FINALISED'")
                .param("child", childId).query(UUID.class).list();
        Map<UUID, String> names = new LinkedHashMap<>();
        staff.displayNames(ids).entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    /**
     * The latest finalised notes on the child's record, newest first, for the record page (which has
     * already checked access and audited the view; access is checked again here, nothing audited).
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CaseNoteSummary> recent(UUID childId, int limit) {
        checkReadAccess(childId);
        return named(jdbc.sql(SUMMARY + " WHERE n.child_id = :child AND n.status = 'FINALISED' ORDER BY n.occurred_at DESC LIMIT :limit")
                .param("child", childId).param("limit", Math.max(0, Math.min(limit, 200)))
                .query(this::summary).list());
    }

    /** The child's latest visit (a home or office visit at which they were seen), with whether they were seen alone. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<CaseNoteSummary> latestVisit(UUID childId) {
        checkReadAccess(childId);
        return named(jdbc.sql(SUMMARY + """
                         WHERE n.child_id = :child AND n.status = 'FINALISED' AND n.child_seen AND n.note_type IN ('HOME_VISIT', 'OFFICE_VISIT')
                         ORDER BY n.occurred_at DESC LIMIT 1
                        """)
                .param("child", childId)
                .query(this::summary).list()).stream().findFirst();
    }

    /** The child whose record the note is on (if the signed-in person may see the note); nothing audited. */
    @Transactional(readOnly = true)
    UUID childOf(UUID noteId) {
        return visibleNote(noteId).childId;
    }

    /** The code list of note types, in the order they are offered. */
    public CodeSet types() {
        return codes.byName(CaseNoteRules.TYPE_LIST);
    }

    /** Now in the practice's time (UK wall-clock), as notes' {@code occurredAt} is kept. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(UK));
    }

    /** Whether a visit to the child on that day would be late for one of their running visiting clocks (the form then asks why). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean visitWouldBeLate(UUID childId, LocalDate on) {
        return on != null && visitClocks.lateIfVisitedOn(childId, on);
    }

    /** The child's visiting clocks running today (T9, T10, T12 …), soonest due first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ClockSummary> visitClocks(UUID childId) {
        checkReadAccess(childId);
        return visitClocks.open(childId);
    }

    /** The repeating visiting rules a visiting standard can be started with (T9, T10, T12 …). */
    public List<TimescaleRule> visitingStandards() {
        return visitClocks.standards();
    }

    /**
     * Starts a visiting standard for the child from a day, for a child whose plan is not yet on
     * Beacon (later, plans start these clocks themselves). A visit then restarts it.
     */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER')")
    @Transactional
    public ClockSummary startVisitingStandard(UUID childId, String ruleId, LocalDate from) {
        people.checkEdit(childId, RecordPart.staffOnly("visiting standard"));
        ClockSummary started = visitClocks.start(childId, ruleId, from);
        audit.record(new AuditEntry(currentStaff.require().id(), AuditAction.CHANGED, "PERSON", childId, null,
                Map.of("visitingStandard", ruleId, "from", from.toString(), "clock", started.id().toString())));
        return started;
    }

    private void visited(UUID childId, LocalDate on, String lateCode, String lateText) {
        visitClocks.visited(childId, on, lateCode == null ? null : new LateReason(lateCode, lateText));
    }

    CodeSet lateReasons() {
        return visitClocks.lateReasons();
    }

    private static final String SUMMARY = """
            SELECT n.id, n.child_id, n.status, n.note_type, n.occurred_at, n.title, left(n.body, 400), n.significant, n.child_seen,
                   n.child_seen_alone, n.author_id, n.recorded_at,
                   (SELECT count(*) FROM casework.case_note_appendment a WHERE a.note_id = n.id),
                   (SELECT count(*) FROM casework.case_note_attachment f WHERE f.note_id = n.id)
            FROM casework.case_note n""";

    private CaseNoteSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp occurred = rs.getTimestamp(5);
        Timestamp recorded = rs.getTimestamp(12);
        String type = rs.getString(4);
        return new CaseNoteSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), type,
                type == null ? "Type not chosen yet" : types().labelOrCode(type), occurred == null ? null : occurred.toLocalDateTime(),
                rs.getString(6), excerpt(rs.getString(7)), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10),
                rs.getObject(11, UUID.class), null, recorded == null ? null : recorded.toInstant(), rs.getInt(13), rs.getInt(14));
    }

    private List<CaseNoteSummary> named(List<CaseNoteSummary> list) {
        Map<UUID, String> names = staff.displayNames(list.stream().map(CaseNoteSummary::authorId).distinct().toList());
        return list.stream().map(s -> new CaseNoteSummary(s.id(), s.childId(), s.status(), s.noteType(), s.typeLabel(), s.occurredAt(),
                s.title(), s.excerpt(), s.significant(), s.childSeen(), s.childSeenAlone(), s.authorId(), names.get(s.authorId()),
                s.recordedAt(), s.appendments(), s.attachments())).toList();
    }

    private CaseNoteDetails details(CaseNote n) {
        List<CaseNoteDetails.Appendment> appendments = jdbc.sql("""
                        SELECT id, body, appended_by, appended_at FROM casework.case_note_appendment WHERE note_id = :id ORDER BY appended_at, id
                        """)
                .param("id", n.id)
                .query((rs, i) -> new CaseNoteDetails.Appendment(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), null,
                        rs.getTimestamp(4).toInstant()))
                .list();
        List<CaseNoteDetails.Attachment> attachments = jdbc.sql("""
                        SELECT id, file_name, content_type, size_bytes, description, uploaded_by, uploaded_at FROM casework.case_note_attachment
                        WHERE note_id = :id ORDER BY uploaded_at, id
                        """)
                .param("id", n.id)
                .query((rs, i) -> new CaseNoteDetails.Attachment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, UUID.class), null, rs.getTimestamp(7).toInstant()))
                .list();
        Set<UUID> people = new HashSet<>();
        people.add(n.authorId);
        appendments.forEach(a -> people.add(a.appendedBy()));
        attachments.forEach(a -> people.add(a.uploadedBy()));
        Map<UUID, String> names = staff.displayNames(people);
        return new CaseNoteDetails(n.id, n.childId, n.status, n.noteType, n.noteType == null ? null : types().labelOrCode(n.noteType),
                n.occurredAt, n.title, n.body, n.childSeen, n.childSeenAlone, n.wishesAndFeelings, n.significant, n.authorId,
                names.get(n.authorId), n.startedAt, n.savedAt, n.recordedAt, n.lateReasonCode, n.lateReasonText, n.voidedBy, n.voidedAt,
                n.voidReason,
                appendments.stream().map(a -> new CaseNoteDetails.Appendment(a.id(), a.text(), a.appendedBy(), names.get(a.appendedBy()),
                        a.appendedAt())).toList(),
                attachments.stream().map(a -> new CaseNoteDetails.Attachment(a.id(), a.fileName(), a.contentType(), a.sizeBytes(),
                        a.description(), a.uploadedBy(), names.get(a.uploadedBy()), a.uploadedAt())).toList(),
                n.version);
    }

    /** The note if the signed-in person may see it: finalised notes for anyone with access, drafts only for their author. */
    private CaseNote visibleNote(UUID noteId) {
        CaseNote note = notes.findById(noteId).orElseThrow(CaseNotes::noSuchNote);
        if (note.state() != CaseNote.Status.FINALISED && !note.authorId.equals(currentStaff.require().id())) {
            throw noSuchNote();
        }
        return note;
    }

    private CaseNote authorsDraft(UUID noteId) {
        CaseNote note = notes.findById(noteId).orElseThrow(CaseNotes::noSuchNote);
        if (!note.authorId.equals(currentStaff.require().id())) {
            if (note.state() == CaseNote.Status.FINALISED) {
                throw new RuleViolationException(Map.of("text", "This note is finalised and cannot be changed: add an appendment instead"));
            }
            throw noSuchNote();
        }
        if (note.state() == CaseNote.Status.FINALISED) {
            throw new RuleViolationException(Map.of("text", "This note is finalised and cannot be changed: add an appendment instead"));
        }
        if (note.state() == CaseNote.Status.VOIDED) {
            throw new RuleViolationException(Map.of("text", "This draft was voided and cannot be changed"));
        }
        return note;
    }

    /** Opens the child's record for a note: checked and audited by the person register; writing also needs a role that edits records. */
    private PersonDetails openChild(UUID childId, boolean writing) {
        if (!people.exists(childId)) {
            throw new NotFoundException("No such child");
        }
        AccessDecision decision = people.decide(childId);
        PersonDetails child = people.open(childId);
        if ("ADULT".equals(child.kind())) {
            throw new NotFoundException("Case notes are kept on a child's record: this is an adult's");
        }
        if (writing && !decision.mayEdit()) {
            throw new AccessDeniedException("You may not add to this record");
        }
        return child;
    }

    /** Record access without opening (and auditing) the whole record: refused views are audited. */
    private void checkReadAccess(UUID childId) {
        people.check(childId, RecordPart.staffOnly("case notes"));
    }

    private static List<FieldDifference> differences(CaseNoteContent saved, CaseNoteContent yours) {
        List<FieldDifference> d = new ArrayList<>();
        CaseNoteContent a = normalised(saved);
        CaseNoteContent b = normalised(yours);
        diff(d, "Type", a.noteType(), b.noteType());
        diff(d, "Date and time", a.occurredAt(), b.occurredAt());
        diff(d, "Title", a.title(), b.title());
        diff(d, "Note", a.text(), b.text());
        diff(d, "Child seen", a.childSeen(), b.childSeen());
        diff(d, "Child seen alone", a.childSeenAlone(), b.childSeenAlone());
        diff(d, "Wishes and feelings", a.wishesAndFeelings(), b.wishesAndFeelings());
        diff(d, "Significant event", a.significant(), b.significant());
        return d;
    }

    private static void diff(List<FieldDifference> d, String field, Object saved, Object yours) {
        if (!Objects.equals(saved, yours)) {
            d.add(new FieldDifference(field, saved == null ? "" : saved.toString(), yours == null ? "" : yours.toString()));
        }
    }

    static CaseNoteContent normalised(CaseNoteContent c) {
        if (c == null) {
            return empty();
        }
        return new CaseNoteContent(blankToNull(c.noteType()), c.occurredAt(), blankToNull(c.title()), blankToNull(c.text()), c.childSeen(),
                c.childSeen() && c.childSeenAlone(), blankToNull(c.wishesAndFeelings()), c.significant());
    }

    private static CaseNoteContent empty() {
        return new CaseNoteContent(null, null, null, null, false, false, null, false);
    }

    /** The start of a note, cut at a word, for lists and the finalised event. */
    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT);
        return flat.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static NotFoundException noSuchNote() {
        return new NotFoundException("No such case note");
    }
}
