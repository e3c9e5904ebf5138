package uk.org.beacon.chronology;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.AccessDecision;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RecordPart;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonMerges;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * A child's chronology: the significant events in their life and in the work with them, each
 * with its impact on the child. Entries arrive from practice records (contacts, decisions,
 * referrals, allocations, significant case notes, management decisions) and workers add what they
 * learn from elsewhere; workers record the impact, judge significance, mark information about
 * other people and void what is wrong. Every read goes through the person register's one access check and is audited;
 * every change is audited and refused if someone else saved first. It is printed for the court
 * and for the family, whose copy withholds third-party information.
 */
@Service
public class ChronologyEntries {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String READERS = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";
    static final String EDITORS = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR')";
    private static final String SUBJECT = "CHRONOLOGY_ENTRY";

    private final ChronologyEntryRepository entries;
    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final People people;
    private final PersonMerges merges;
    private final AuditTrail audit;
    private final ChronologyPdf pdf;
    private final String authorityName;
    private final Clock clock;

    ChronologyEntries(ChronologyEntryRepository entries, JdbcClient jdbc, CurrentStaff currentStaff, People people,
            PersonMerges merges, AuditTrail audit, ChronologyPdf pdf, @Value("${beacon.authority-name:Beacon}") String authorityName,
            Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.people = people;
        this.merges = merges;
        this.audit = audit;
        this.pdf = pdf;
        this.authorityName = authorityName;
        this.clock = clock;
    }

    /** The child's chronology as the filter asks (significant events only by default), in date order. Audited. */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public List<ChronologyEntryDetails> list(UUID childId, ChronologyFilter filter) {
        ChronologyFilter f = filter == null ? ChronologyFilter.significantOnly() : filter;
        open(childId, Map.of("chronology", "viewed", "showing", f.description()));
        return ChronologyRules.arrange(all(childId), f);
    }

    /** One entry of the child's chronology. Audited. */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public ChronologyEntryDetails entry(UUID childId, UUID entryId) {
        open(childId, Map.of("chronologyEntry", entryId.toString()));
        return find(childId, entryId).details();
    }

    /**
     * The chronology as a PDF for the court or the family (whose copy withholds third-party
     * information), with the child's name and date of birth, the dates and filter it covers, and
     * when and by whom it was produced. Voided entries are never printed. Audited as a disclosure.
     */
    @PreAuthorize(READERS)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public byte[] print(UUID childId, ChronologyFilter filter, Audience audience) {
        ChronologyFilter f = (filter == null ? ChronologyFilter.significantOnly() : filter).forPrint();
        open(childId, Map.of("chronology", "printed", "for", audience.name(), "showing", f.description()));
        List<ChronologyEntryDetails> shown = ChronologyRules.arrange(all(childId), f);
        PersonDetails child = people.open(childId);
        StaffSummary me = currentStaff.require();
        long withheld = audience == Audience.FAMILY ? shown.stream().filter(ChronologyEntryDetails::thirdParty).count() : 0;
        return pdf.render(new ChronologyDocument(authorityName, child.fullName(), child.dateOfBirth(), child.expectedDateOfBirth(), audience, f,
                ChronologyRules.forAudience(shown, audience), (int) withheld, clock.instant().atZone(UK), me.displayName()));
    }

    /** A worker adds an entry from what they learned (a school report, a health appointment, a family event). Audited. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ChronologyEntryDetails add(UUID childId, CuratedEntry entry) {
        requireEditor(childId);
        Map<String, String> errors = ChronologyRules.check(entry, today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID me = currentStaff.require().id();
        ChronologyEntry saved = entries.save(ChronologyEntry.addedByWorker(childId, entry, me, clock.instant()));
        audit.record(new AuditEntry(me, AuditAction.CREATED, SUBJECT, saved.id, null, Map.of("child", childId.toString(), "type", saved.entryType)));
        return saved.details();
    }

    /** Changes an entry the worker added (entries from practice records change at their source). Audited with the fields changed. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ChronologyEntryDetails edit(UUID childId, UUID entryId, long expectedVersion, CuratedEntry entry) {
        ChronologyEntry e = editable(childId, entryId, expectedVersion, () -> ChronologyRules.differences(find(childId, entryId).details(), entry));
        if (!e.byWorker()) {
            throw new RuleViolationException(Map.of("title", "This entry comes from a practice record: correct it there. Here you can record the "
                    + "impact, change its significance, mark third-party information or void it."));
        }
        Map<String, String> errors = ChronologyRules.check(entry, today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        List<String> changed = ChronologyRules.changedFields(e.details(), entry);
        UUID me = currentStaff.require().id();
        e.apply(entry, me, clock.instant());
        ChronologyEntry saved = save(e, () -> ChronologyRules.differences(find(childId, entryId).details(), entry));
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, entryId, null, Map.of("child", childId.toString(), "fields", changed,
                "fromVersion", expectedVersion, "toVersion", saved.version)));
        return saved.details();
    }

    /** Records (or rewrites) the entry's impact on the child, in the worker's words. Audited. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ChronologyEntryDetails recordImpact(UUID childId, UUID entryId, long expectedVersion, String impact) {
        Supplier<List<FieldDifference>> differences = () -> List.of(new FieldDifference("Impact on the child",
                Objects.toString(find(childId, entryId).impact, ""), Objects.toString(impact, "")));
        ChronologyEntry e = editable(childId, entryId, expectedVersion, differences);
        if (impact == null || impact.isBlank()) {
            throw new RuleViolationException(Map.of("impact", "Enter the impact on the child: what this meant for them, in their experience"));
        }
        UUID me = currentStaff.require().id();
        boolean first = e.impact == null;
        e.recordImpact(impact, me, clock.instant());
        ChronologyEntry saved = save(e, differences);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, entryId, null, Map.of("child", childId.toString(), "fields", List.of("impact"),
                "impact", first ? "recorded" : "rewritten", "toVersion", saved.version)));
        return saved.details();
    }

    /** Marks the entry significant or routine (significant entries are the default view and print). Audited with the reason given. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ChronologyEntryDetails setSignificance(UUID childId, UUID entryId, long expectedVersion, boolean significant, String reason) {
        Supplier<List<FieldDifference>> differences = () -> List.of(new FieldDifference("Significant",
                find(childId, entryId).significant ? "Yes" : "No", significant ? "Yes" : "No"));
        ChronologyEntry e = editable(childId, entryId, expectedVersion, differences);
        if (e.significant == significant) {
            return e.details();
        }
        UUID me = currentStaff.require().id();
        e.significant = significant;
        e.touched(me, clock.instant());
        ChronologyEntry saved = save(e, differences);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, entryId, blankToNull(reason), Map.of("child", childId.toString(),
                "fields", List.of("significant"), "significant", significant, "toVersion", saved.version)));
        return saved.details();
    }

    /** Marks (or unmarks) the entry as information about other people, withheld from the family's copy. Audited. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ChronologyEntryDetails setThirdParty(UUID childId, UUID entryId, long expectedVersion, boolean thirdParty, String reason) {
        Supplier<List<FieldDifference>> differences = () -> List.of(new FieldDifference("Third-party information",
                find(childId, entryId).thirdParty ? "Yes" : "No", thirdParty ? "Yes" : "No"));
        ChronologyEntry e = editable(childId, entryId, expectedVersion, differences);
        if (e.thirdParty == thirdParty) {
            return e.details();
        }
        UUID me = currentStaff.require().id();
        e.thirdParty = thirdParty;
        e.touched(me, clock.instant());
        ChronologyEntry saved = save(e, differences);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, entryId, blankToNull(reason), Map.of("child", childId.toString(),
                "fields", List.of("thirdParty"), "thirdParty", thirdParty, "toVersion", saved.version)));
        return saved.details();
    }

    /** Voids a wrong entry with the reason: it stays on the record, out of the chronology and its prints. Audited. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ChronologyEntryDetails voidEntry(UUID childId, UUID entryId, long expectedVersion, String reason) {
        ChronologyEntry e = editable(childId, entryId, expectedVersion,
                () -> List.of(new FieldDifference("Entry", "changed since you opened it", "")));
        if (reason == null || reason.trim().length() < 10) {
            throw new RuleViolationException(Map.of("voidReason", "Explain why this entry is wrong (at least 10 characters)"));
        }
        UUID me = currentStaff.require().id();
        e.voidWith(reason, me, clock.instant());
        ChronologyEntry saved = save(e, () -> List.of(new FieldDifference("Entry", "changed since you opened it", "")));
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, entryId, reason.trim(), Map.of("child", childId.toString(), "voided", true,
                "toVersion", saved.version)));
        return saved.details();
    }

    /**
     * Records a practice fact once: the same source record (module, id, type) twice makes one
     * entry. A contact that turns out to be about another child follows it. The entry goes on the
     * record in use if the child named was merged into another.
     */
    @Transactional
    void record(PracticeEvent p) {
        if (p.childId() == null) {
            return;
        }
        UUID child = merges.mergedInto(p.childId()).orElse(p.childId());
        jdbc.sql("""
                INSERT INTO chronology.entry (id, child_id, source_child_id, occurred_on, occurred_time, recorded_at, source_module, source_id,
                    source, entry_type, title, summary, significant, version)
                VALUES (:id, :child, :sourceChild, :on, :time, :now, :module, :sourceId, :source, :type, :title, :summary, :significant, 0)
                ON CONFLICT (source_module, source_id, entry_type) WHERE source_id IS NOT NULL
                DO UPDATE SET child_id = EXCLUDED.child_id, source_child_id = EXCLUDED.source_child_id
                WHERE chronology.entry.source_child_id <> EXCLUDED.source_child_id
                """)
                .param("id", UUID.randomUUID()).param("child", child).param("sourceChild", p.childId())
                .param("on", Date.valueOf(p.occurredOn())).param("time", p.occurredTime() == null ? null : Time.valueOf(p.occurredTime()))
                .param("now", Timestamp.from(clock.instant())).param("module", p.sourceModule()).param("sourceId", p.sourceId())
                .param("source", p.source()).param("type", p.type().name()).param("title", clip(p.title())).param("summary", nonNull(p.summary()))
                .param("significant", p.significant())
                .update();
    }

    /** Two records were the same child: the merged record's entries join the record kept. */
    @Transactional
    void childrenMerged(UUID survivorId, UUID mergedId, UUID mergeId) {
        int moved = jdbc.sql("UPDATE chronology.entry SET child_id = :s WHERE child_id = :m")
                .param("s", survivorId).param("m", mergedId).update();
        if (moved > 0) {
            audit.record(new AuditEntry(null, AuditAction.CHANGED, "PERSON", survivorId, null,
                    Map.of("merge", mergeId.toString(), "chronologyEntriesMoved", moved, "from", mergedId.toString())));
        }
    }

    /**
     * A merge was undone: every entry on the record kept that was not about that record goes back
     * to where its source now leads (the record in use again, or the record it is still merged into).
     */
    @Transactional
    void mergeReversed(UUID survivorId, UUID mergedId, UUID mergeId) {
        List<UUID> sources = jdbc.sql("SELECT DISTINCT source_child_id FROM chronology.entry WHERE child_id = :s AND source_child_id <> :s")
                .param("s", survivorId).query(UUID.class).list();
        int moved = 0;
        for (UUID source : new LinkedHashSet<>(sources)) {
            UUID home = merges.mergedInto(source).orElse(source);
            if (!home.equals(survivorId)) {
                moved += jdbc.sql("UPDATE chronology.entry SET child_id = :home WHERE child_id = :s AND source_child_id = :source")
                        .param("home", home).param("s", survivorId).param("source", source).update();
            }
        }
        if (moved > 0) {
            audit.record(new AuditEntry(null, AuditAction.CHANGED, "PERSON", mergedId, null,
                    Map.of("mergeReversed", mergeId.toString(), "chronologyEntriesMoved", moved, "from", survivorId.toString())));
        }
    }

    /** The latest significant entries, newest first, for the child's record page (which has checked access and audited the view). */
    @Transactional(readOnly = true)
    List<ChronologyEntryDetails> latestSignificant(UUID childId, int limit) {
        return ChronologyRules.arrange(all(childId), new ChronologyFilter(ChronologyFilter.Show.SIGNIFICANT, null, null, null, true))
                .stream().limit(limit).toList();
    }

    /** Significant entries still waiting for their impact on the child. */
    @Transactional(readOnly = true)
    long impactNotRecorded(UUID childId) {
        return jdbc.sql("SELECT count(*) FROM chronology.entry WHERE child_id = :c AND significant AND voided_at IS NULL AND impact IS NULL")
                .param("c", childId).query(Long.class).single();
    }

    /** Whether the signed-in person may see the child's chronology, and change it. */
    @Transactional(readOnly = true)
    AccessDecision decide(UUID childId) {
        StaffSummary me = currentStaff.get().orElse(null);
        if (me == null || me.isPartner()) {
            return new AccessDecision(AccessDecision.Outcome.DENIED, false, false, false);
        }
        return people.decide(childId);
    }

    private List<ChronologyEntryDetails> all(UUID childId) {
        return entries.findByChildId(childId).stream().map(ChronologyEntry::details).toList();
    }

    private ChronologyEntry find(UUID childId, UUID entryId) {
        return entries.findById(entryId).filter(e -> e.childId.equals(childId))
                .orElseThrow(() -> new NotFoundException("No such entry in this child's chronology"));
    }

    /** Checks access to the child's record (refusals audited too) and audits the view. */
    private void open(UUID childId, Map<String, Object> detail) {
        people.read(childId, RecordPart.staffOnly("chronology"), detail);
    }

    private void requireEditor(UUID childId) {
        people.checkEdit(childId, RecordPart.staffOnly("chronology"));
    }

    private ChronologyEntry editable(UUID childId, UUID entryId, long expectedVersion, Supplier<List<FieldDifference>> differences) {
        requireEditor(childId);
        ChronologyEntry e = find(childId, entryId);
        if (e.voided()) {
            throw new RuleViolationException(Map.of("entry", "This entry was voided: it can no longer be changed"));
        }
        if (e.version != expectedVersion) {
            throw new EditConflictException(differences.get(), e.version);
        }
        return e;
    }

    private ChronologyEntry save(ChronologyEntry e, Supplier<List<FieldDifference>> differences) {
        try {
            return entries.save(e);
        } catch (OptimisticLockingFailureException lost) {
            throw new EditConflictException(differences.get(), entries.findById(e.id).map(x -> x.version).orElse(0L));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private static String clip(String title) {
        String t = nonNull(title).trim();
        return t.length() <= ChronologyRules.TITLE_MAX ? t : t.substring(0, ChronologyRules.TITLE_MAX - 1) + "…";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
