package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.codes.Codes;

class CaseNoteRulesTest {

    private static final Codes CODES = new Codes();
    private static final CodeSet TYPES = CODES.byName("case-note-type");
    private static final CodeSet LATE = CODES.byName("late-reason");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 12, 15, 0);
    private static final LocalDate BORN = LocalDate.of(2019, 6, 1);

    private static CaseNoteContent visit(LocalDateTime at, boolean seen, boolean alone) {
        return new CaseNoteContent("HOME_VISIT", at, "Home visit", "Saw Amy at home with her mother.", seen, alone, "I like my room", false);
    }

    @Test
    void aNoteDatedInTheFutureIsRefused() {
        Map<String, String> errors = CaseNoteRules.checkDraft(visit(NOW.plusHours(1), true, false), TYPES, BORN, NOW);
        assertThat(errors).containsEntry("occurredAt", "The date and time of the note must be now or in the past");
    }

    @Test
    void aNoteWrittenAboutEarlierTodayIsAccepted() {
        assertThat(CaseNoteRules.checkFinal(visit(NOW.minusMinutes(5), true, true), TYPES, BORN, NOW)).isEmpty();
    }

    @Test
    void aVisitBeforeTheChildWasBornIsRefused() {
        Map<String, String> errors = CaseNoteRules.checkDraft(visit(BORN.minusDays(3).atTime(10, 0), true, false), TYPES, BORN, NOW);
        assertThat(errors.get("occurredAt")).startsWith("A visit cannot be before the child's date of birth").contains("1 June 2019");
    }

    @Test
    void aPhoneCallWithTheMotherBeforeTheBirthIsPreBirthWorkAndAccepted() {
        CaseNoteContent call = new CaseNoteContent("PHONE_CALL", BORN.minusDays(20).atTime(9, 30), "Call with mother", "Pre-birth planning.",
                false, false, null, false);
        assertThat(CaseNoteRules.checkFinal(call, TYPES, BORN, NOW)).isEmpty();
    }

    @Test
    void seenAloneNeedsTheChildToHaveBeenSeen() {
        Map<String, String> errors = CaseNoteRules.checkDraft(visit(NOW.minusDays(1), false, true), TYPES, BORN, NOW);
        assertThat(errors).containsKey("childSeenAlone");
        assertThat(errors.get("childSeenAlone")).contains("only be seen alone if they were seen");
    }

    @Test
    void aChildCannotBeSeenOnAPhoneCall() {
        CaseNoteContent call = new CaseNoteContent("PHONE_CALL", NOW.minusDays(1), "Call", "Spoke to Amy.", true, false, null, false);
        assertThat(CaseNoteRules.checkDraft(call, TYPES, BORN, NOW)).containsKey("childSeen");
    }

    @Test
    void finalisingNeedsTheTypeTheDateATitleAndTheNoteItself() {
        CaseNoteContent empty = new CaseNoteContent(null, null, " ", "  ", false, false, null, false);
        Map<String, String> errors = CaseNoteRules.checkFinal(empty, TYPES, BORN, NOW);
        assertThat(errors).containsKeys("noteType", "occurredAt", "title", "text");
        assertThat(errors.get("text")).isEqualTo("Write the note before finalising it");
    }

    @Test
    void aDraftMayBeIncomplete() {
        CaseNoteContent started = new CaseNoteContent(null, null, null, "Notes from the visit so far", false, false, null, false);
        assertThat(CaseNoteRules.checkDraft(started, TYPES, BORN, NOW)).isEmpty();
    }

    @Test
    void anUnknownTypeIsRefused() {
        CaseNoteContent odd = new CaseNoteContent("TELEPATHY", NOW.minusDays(1), "x", "y", false, false, null, false);
        assertThat(CaseNoteRules.checkDraft(odd, TYPES, BORN, NOW)).containsKey("noteType");
    }

    @Test
    void aLateVisitNeedsAReasonFromTheListAndTheWorkersOwnWords() {
        assertThat(CaseNoteRules.checkLateReason(null, null, LATE)).containsKeys("lateReasonCode", "lateReasonText");
        assertThat(CaseNoteRules.checkLateReason("FAMILY_UNAVAILABLE", " ", LATE)).containsOnlyKeys("lateReasonText");
        assertThat(CaseNoteRules.checkLateReason("NOT_A_REASON", "Family away", LATE)).containsOnlyKeys("lateReasonCode");
        assertThat(CaseNoteRules.checkLateReason("FAMILY_UNAVAILABLE", "Family cancelled twice; seen at the first offered date.", LATE)).isEmpty();
    }

    @Test
    void onlyAHomeOrOfficeVisitAtWhichTheChildWasSeenCountsAsAVisit() {
        assertThat(CaseNoteRules.countsAsVisit(visit(NOW, true, false))).isTrue();
        assertThat(CaseNoteRules.countsAsVisit(visit(NOW, false, false))).isFalse();
        assertThat(CaseNoteRules.countsAsVisit(new CaseNoteContent("OFFICE_VISIT", NOW, "t", "x", true, true, null, false))).isTrue();
        assertThat(CaseNoteRules.countsAsVisit(new CaseNoteContent("DIRECT_WORK", NOW, "t", "x", true, true, null, false))).isFalse();
    }

    @Test
    void attachmentsMustBeAnAllowedTypeWhoseContentMatchesItsName() {
        Map<String, String> errors = new HashMap<>();
        assertThat(CaseNoteAttachments.check("letter.pdf", "%PDF-1.4 letter".getBytes(), errors)).isEqualTo("application/pdf");
        assertThat(CaseNoteAttachments.check("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, errors)).isEqualTo("image/png");
        assertThat(CaseNoteAttachments.check("note.txt", "hello".getBytes(), errors)).isEqualTo("text/plain");
        assertThat(errors).isEmpty();
        assertThat(CaseNoteAttachments.check("run.exe", "MZ".getBytes(), errors)).isNull();
        assertThat(errors.get("file")).contains("PDF, JPEG, PNG");
        errors.clear();
        assertThat(CaseNoteAttachments.check("letter.pdf", "MZ not a pdf".getBytes(), errors)).isNull();
        assertThat(errors.get("file")).contains("not what its name says");
        errors.clear();
        assertThat(CaseNoteAttachments.check("big.txt", new byte[CaseNoteAttachments.MAX_BYTES + 1], errors)).isNull();
        assertThat(errors.get("file")).contains("10 MB");
        assertThat(CaseNoteAttachments.safeName("C:\\Users\\sw\\Desktop\\letter from school.pdf")).isEqualTo("letter from school.pdf");
    }

    @Test
    void aLongNoteIsCutAtAWordForListsAndTheFinalisedEvent() {
        String text = "word ".repeat(100);
        String excerpt = CaseNotes.excerpt(text);
        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(281);
        assertThat(CaseNotes.excerpt("Short\nnote")).isEqualTo("Short note");
    }
}
