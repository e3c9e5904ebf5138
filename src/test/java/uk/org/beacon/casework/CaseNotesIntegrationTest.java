package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.audit.AuditRecord;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

@RecordApplicationEvents
class CaseNotesIntegrationTest extends BeaconIntegrationTest {

    private static final String WORKER = "social.worker";
    private static final String SOCIAL_WORKER = "SOCIAL_WORKER";

    @Autowired CaseNotes notes;
    @Autowired People people;
    @Autowired RecordAccess access;
    @Autowired AuditTrail audit;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private UUID child(String given, String family) {
        return SignedIn.as(WORKER, SOCIAL_WORKER, () -> people.register(CaseNoteTestData.child(given, family)).id());
    }

    private <T> T asWorker(java.util.function.Supplier<T> work) {
        return SignedIn.as(WORKER, SOCIAL_WORKER, work);
    }

    @Test
    void aDraftIsSavedOnTheServerAndFoundAgainByItsAuthorOnly() {
        UUID child = child("Ellis", "Marwood");
        LocalDateTime yesterday = notes.now().minusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
        CaseNoteDetails started = asWorker(() -> notes.startDraft(child, new CaseNoteContent("HOME_VISIT", yesterday, null,
                "Half-written: saw Ellis in the garden", true, false, null, false)));
        CaseNoteDetails saved = asWorker(() -> notes.saveDraft(started.id(), started.version(), new CaseNoteContent("HOME_VISIT", yesterday,
                "Home visit", "Half-written: saw Ellis in the garden, then inside", true, true, null, false)));

        // a new session (the browser crashed): the author's notes page offers the draft in progress
        List<CaseNoteSummary> mine = asWorker(() -> notes.myDrafts(child));
        assertThat(mine).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(started.id());
            assertThat(d.title()).isEqualTo("Home visit");
            assertThat(d.draft()).isTrue();
        });
        CaseNoteDetails reopened = asWorker(() -> notes.open(started.id()));
        assertThat(reopened.text()).isEqualTo("Half-written: saw Ellis in the garden, then inside");
        assertThat(reopened.childSeenAlone()).isTrue();
        assertThat(reopened.version()).isEqualTo(saved.version());

        // nobody else sees another worker's draft
        assertThat(SignedIn.as("sfs1.worker1", SOCIAL_WORKER, () -> notes.list(child, CaseNoteFilter.all()))).isEmpty();
        assertThatThrownBy(() -> SignedIn.as("sfs1.worker1", SOCIAL_WORKER, () -> notes.open(started.id()))).isInstanceOf(NotFoundException.class);

        // saving from a stale page is a conflict, not an overwrite
        assertThatThrownBy(() -> asWorker(() -> notes.saveDraft(started.id(), started.version(), CaseNoteTestData.phoneCall(yesterday))))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.differences()).isNotEmpty());
    }

    @Test
    void aFinalisedNoteIsImmutableAndAppendmentsAreDatedWithWhoAddedThem() {
        UUID child = child("Fen", "Oakridge");
        LocalDateTime at = notes.now().minusDays(2).withHour(16).withMinute(30).withSecond(0).withNano(0);
        CaseNoteDetails draft = asWorker(() -> notes.startDraft(child, CaseNoteTestData.phoneCall(at)));
        CaseNoteDetails done = asWorker(() -> notes.finalise(draft.id(), draft.version(), null, null));

        assertThat(done.finalised()).isTrue();
        assertThat(done.recordedAt()).isNotNull();
        assertThat(done.occurredAt()).isEqualTo(at);
        assertThat(events.stream(CaseNoteFinalised.class)).anySatisfy(e -> {
            assertThat(e.noteId()).isEqualTo(done.id());
            assertThat(e.childId()).isEqualTo(child);
            assertThat(e.noteType()).isEqualTo("PHONE_CALL");
            assertThat(e.summary()).startsWith("The DSL says");
        });

        assertThatThrownBy(() -> asWorker(() -> notes.saveDraft(done.id(), done.version(), CaseNoteTestData.phoneCall(at.minusHours(1)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("text")).contains("add an appendment"));
        assertThatThrownBy(() -> asWorker(() -> notes.voidDraft(done.id(), done.version(), "Typed on the wrong child")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework.case_note SET body = 'rewritten' WHERE id = :id").param("id", done.id()).update())
                .hasMessageContaining("cannot be changed");

        CaseNoteDetails appended = SignedIn.as("manager", "TEAM_MANAGER", () -> notes.append(done.id(), "Manager: agreed, keep school informed."));
        assertThat(appended.text()).isEqualTo(done.text());
        assertThat(appended.appendments()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Manager: agreed, keep school informed.");
            assertThat(a.appendedByName()).isEqualTo("Morgan Manager");
            assertThat(a.appendedAt()).isAfterOrEqualTo(done.recordedAt());
        });
    }

    @Test
    void anAbandonedDraftIsVoidedWithAReasonAndKept() {
        UUID child = child("Gil", "Penhallow");
        CaseNoteDetails draft = asWorker(() -> notes.startDraft(child, new CaseNoteContent(null, null, null, "Started by mistake", false, false, null, false)));
        assertThatThrownBy(() -> asWorker(() -> notes.voidDraft(draft.id(), draft.version(), "")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));

        CaseNoteDetails voided = asWorker(() -> notes.voidDraft(draft.id(), draft.version(), "Started on the wrong child's record"));

        assertThat(voided.voided()).isTrue();
        assertThat(voided.voidReason()).isEqualTo("Started on the wrong child's record");
        assertThat(asWorker(() -> notes.myDrafts(child))).isEmpty();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM casework.case_note WHERE id = :id").param("id", draft.id()).update())
                .hasMessageContaining("never deleted");
    }

    @Test
    void aFinalisedNoteNeedsItsTextAndAVisitCannotBeBeforeTheChildWasBorn() {
        UUID child = child("Hal", "Quarrington");
        assertThatThrownBy(() -> asWorker(() -> notes.startDraft(child, new CaseNoteContent("HOME_VISIT", LocalDateTime.of(2017, 5, 1, 10, 0),
                "Visit", "Saw Hal", true, false, null, false))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("occurredAt")).contains("9 May 2017"));

        CaseNoteDetails draft = asWorker(() -> notes.startDraft(child, new CaseNoteContent("HOME_VISIT", notes.now().minusHours(3),
                "Visit", null, true, false, null, false)));
        assertThatThrownBy(() -> asWorker(() -> notes.finalise(draft.id(), draft.version(), null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("text"));
        assertThat(asWorker(() -> notes.open(draft.id())).draft()).isTrue();
    }

    @Test
    void anAttachmentIsKeptInTheDatabaseAndEachDownloadIsAudited() {
        UUID child = child("Iona", "Rushworth");
        LocalDateTime at = notes.now().minusDays(1).withHour(11).withMinute(0).withSecond(0).withNano(0);
        CaseNoteDetails draft = asWorker(() -> notes.startDraft(child, CaseNoteTestData.phoneCall(at)));
        byte[] pdf = "%PDF-1.4\nletter from school about attendance\n%%EOF".getBytes();
        CaseNoteDetails withFile = asWorker(() -> notes.attach(draft.id(), "school-letter.pdf", pdf, "Letter from school"));
        UUID attachment = withFile.attachments().get(0).id();
        assertThat(withFile.attachments().get(0).contentType()).isEqualTo("application/pdf");

        assertThatThrownBy(() -> asWorker(() -> notes.attach(draft.id(), "program.exe", new byte[] {'M', 'Z'}, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("file"));

        CaseNoteFile file = asWorker(() -> notes.file(draft.id(), attachment));
        assertThat(file.content()).isEqualTo(pdf);
        assertThat(file.fileName()).isEqualTo("school-letter.pdf");
        assertThat(audit.forSubject(child, 20)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("VIEWED");
            assertThat(r.detail()).contains("attachmentDownloaded").contains(attachment.toString());
        });
    }

    @Test
    void aRestrictedChildsNotesAreRefusedToStaffNotNamedAndTheRefusalIsAudited() {
        UUID child = child("Jago", "Stannard");
        SignedIn.run("manager", "TEAM_MANAGER", () -> access.restrict(child, "A member of staff is related to the family", Set.of()));

        assertThatThrownBy(() -> asWorker(() -> notes.list(child, CaseNoteFilter.all()))).isInstanceOf(RestrictedRecordException.class);
        assertThatThrownBy(() -> asWorker(() -> notes.startDraft(child, CaseNoteTestData.phoneCall(notes.now().minusHours(1)))))
                .isInstanceOf(RestrictedRecordException.class);
        assertThat(audit.forSubject(child, 10)).extracting(AuditRecord::action).contains("REFUSED");
        assertThat(SignedIn.as("manager", "TEAM_MANAGER", () -> notes.list(child, CaseNoteFilter.all()))).isEmpty();
    }

    @Test
    void aHomeVisitWithTheChildSeenRestartsTheChildInNeedVisitClockFromTheVisitDate() {
        UUID child = child("Kit", "Trevelyan");
        LocalDate today = clocks.today();
        LocalDate planStart = today.minusDays(14);
        LocalDate visitDay = today.minusDays(2);
        ClockSummary standard = asWorker(() -> notes.startVisitingStandard(child, "T10", planStart));
        assertThat(standard.due()).isEqualTo(timescales.due("T10", planStart));
        assertThat(asWorker(() -> notes.visitWouldBeLate(child, visitDay))).isFalse();

        CaseNoteDetails draft = asWorker(() -> notes.startDraft(child, CaseNoteTestData.homeVisit(visitDay.atTime(15, 45), true)));
        asWorker(() -> notes.finalise(draft.id(), draft.version(), null, null));

        List<ClockSummary> running = asWorker(() -> notes.visitClocks(child));
        assertThat(running).singleElement().satisfies(c -> {
            assertThat(c.ruleId()).isEqualTo("T10");
            assertThat(c.startedOn()).isEqualTo(visitDay);
            assertThat(c.due()).isEqualTo(timescales.due("T10", visitDay));
        });
        assertThat(clocks.find(standard.id(), today).stoppedOn()).isEqualTo(visitDay);
        assertThat(asWorker(() -> notes.latestVisit(child))).get().satisfies(v -> {
            assertThat(v.id()).isEqualTo(draft.id());
            assertThat(v.childSeenAlone()).isTrue();
        });
    }

    @Test
    void aLateVisitIsFinalisedOnlyWithAReasonWhichTheClockKeeps() {
        UUID child = child("Lark", "Umfreville");
        LocalDate today = clocks.today();
        LocalDate planStart = today.minusDays(60);
        ClockSummary standard = asWorker(() -> notes.startVisitingStandard(child, "T9", planStart));
        LocalDate visitDay = today.minusDays(1);
        assertThat(asWorker(() -> notes.visitWouldBeLate(child, visitDay))).isTrue();

        CaseNoteDetails draft = asWorker(() -> notes.startDraft(child, CaseNoteTestData.homeVisit(visitDay.atTime(9, 15), false)));
        assertThatThrownBy(() -> asWorker(() -> notes.finalise(draft.id(), draft.version(), null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKeys("lateReasonCode", "lateReasonText"));

        CaseNoteDetails done = asWorker(() -> notes.finalise(draft.id(), draft.version(), "FAMILY_UNAVAILABLE",
                "Mum cancelled two visits; Lark seen at the first date the family offered."));
        assertThat(done.lateReasonCode()).isEqualTo("FAMILY_UNAVAILABLE");
        ClockSummary stopped = clocks.find(standard.id(), today);
        assertThat(stopped.stoppedOn()).isEqualTo(visitDay);
        assertThat(stopped.lateReasonCode()).isEqualTo("FAMILY_UNAVAILABLE");
        assertThat(asWorker(() -> notes.visitClocks(child))).singleElement().satisfies(c -> assertThat(c.startedOn()).isEqualTo(visitDay));
    }

    @Test
    void notesAreListedNewestFirstAndFilteredByTypeSignificanceDatesAndAuthor() {
        UUID child = child("Mabli", "Vosper");
        LocalDateTime base = notes.now().minusDays(10).withHour(10).withMinute(0).withSecond(0).withNano(0);
        CaseNoteDetails call = asWorker(() -> notes.startDraft(child, CaseNoteTestData.phoneCall(base)));
        asWorker(() -> notes.finalise(call.id(), call.version(), null, null));
        CaseNoteDetails meeting = asWorker(() -> notes.startDraft(child, new CaseNoteContent("MEETING", base.plusDays(3), "Strategy meeting",
                "Police shared new information.", false, false, null, true)));
        asWorker(() -> notes.finalise(meeting.id(), meeting.version(), null, null));
        CaseNoteDetails other = SignedIn.as("sfs1.worker1", SOCIAL_WORKER, () -> notes.startDraft(child, CaseNoteTestData.phoneCall(base.plusDays(5))));
        SignedIn.as("sfs1.worker1", SOCIAL_WORKER, () -> notes.finalise(other.id(), other.version(), null, null));
        UUID worker1 = other.authorId();

        assertThat(asWorker(() -> notes.list(child, CaseNoteFilter.all()))).extracting(CaseNoteSummary::id)
                .containsExactly(other.id(), meeting.id(), call.id());
        assertThat(asWorker(() -> notes.list(child, new CaseNoteFilter("PHONE_CALL", false, null, null, null)))).hasSize(2);
        assertThat(asWorker(() -> notes.list(child, new CaseNoteFilter(null, true, null, null, null)))).extracting(CaseNoteSummary::id)
                .containsExactly(meeting.id());
        assertThat(asWorker(() -> notes.list(child, new CaseNoteFilter(null, false, base.toLocalDate().plusDays(1), base.toLocalDate().plusDays(3), null))))
                .extracting(CaseNoteSummary::id).containsExactly(meeting.id());
        assertThat(asWorker(() -> notes.list(child, new CaseNoteFilter(null, false, null, null, worker1)))).extracting(CaseNoteSummary::id)
                .containsExactly(other.id());
        assertThat(asWorker(() -> notes.recent(child, 2))).extracting(CaseNoteSummary::id).containsExactly(other.id(), meeting.id());
        assertThat(asWorker(() -> notes.authors(child))).containsKey(worker1).hasSize(2);
    }
}
