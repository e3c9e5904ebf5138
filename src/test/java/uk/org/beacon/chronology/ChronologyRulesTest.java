package uk.org.beacon.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChronologyRulesTest {

    private static final UUID CHILD = UUID.randomUUID();
    private static final Instant TYPED_UP = Instant.parse("2026-03-20T10:00:00Z");

    static ChronologyEntryDetails entry(String title, LocalDate on, LocalTime at, Instant recordedAt, boolean significant, boolean thirdParty,
            EntryType type) {
        return new ChronologyEntryDetails(UUID.randomUUID(), CHILD, on, at, recordedAt, null, type, title, "What happened: " + title,
                null, null, null, significant, thirdParty, "School", "chronology", null, null, null, null, null, null, 0);
    }

    private static List<String> titles(List<ChronologyEntryDetails> entries) {
        return entries.stream().map(ChronologyEntryDetails::title).toList();
    }

    @Test
    void entriesReadInTheOrderThingsHappenedNotTheOrderTheyWereTypedUp() {
        ChronologyEntryDetails decision = entry("Decision", LocalDate.of(2026, 3, 2), LocalTime.of(15, 0), TYPED_UP, true, false, EntryType.SCREENING_DECISION);
        ChronologyEntryDetails contact = entry("Contact", LocalDate.of(2026, 3, 2), LocalTime.of(9, 15), TYPED_UP.plusSeconds(60), true, false, EntryType.CONTACT);
        ChronologyEntryDetails schoolReport = entry("School report", LocalDate.of(2026, 2, 14), null, TYPED_UP.plusSeconds(3600), true, false, EntryType.EDUCATION);

        assertThat(titles(ChronologyRules.arrange(List.of(decision, contact, schoolReport), ChronologyFilter.everything())))
                .containsExactly("School report", "Contact", "Decision");
    }

    @Test
    void anEntryWithOnlyADateComesAfterTheTimedEntriesOfThatDayAndSameTimesKeepTheOrderTheyWereRecorded() {
        ChronologyEntryDetails referral = entry("Referral", LocalDate.of(2026, 3, 2), null, TYPED_UP, false, false, EntryType.REFERRAL);
        ChronologyEntryDetails decision = entry("Decision", LocalDate.of(2026, 3, 2), LocalTime.of(15, 0), TYPED_UP.plusSeconds(5), true, false, EntryType.SCREENING_DECISION);
        ChronologyEntryDetails earlierNote = entry("First note", LocalDate.of(2026, 3, 2), LocalTime.of(15, 0), TYPED_UP.minusSeconds(5), true, false, EntryType.CASE_NOTE);

        assertThat(titles(ChronologyRules.arrange(List.of(referral, decision, earlierNote), ChronologyFilter.everything())))
                .containsExactly("First note", "Decision", "Referral");
        assertThat(titles(ChronologyRules.arrange(List.of(referral, decision, earlierNote),
                new ChronologyFilter(ChronologyFilter.Show.ALL, null, null, null, true))))
                .containsExactly("Referral", "Decision", "First note");
    }

    @Test
    void theDefaultViewShowsSignificantEntriesAndNeverVoidedOnes() {
        ChronologyEntryDetails routine = entry("Supervision", LocalDate.of(2026, 1, 5), null, TYPED_UP, false, false, EntryType.SUPERVISION);
        ChronologyEntryDetails significant = entry("Police call-out", LocalDate.of(2026, 1, 6), null, TYPED_UP, true, false, EntryType.POLICE);
        ChronologyEntryDetails voided = voided(entry("Wrong child", LocalDate.of(2026, 1, 7), null, TYPED_UP, true, false, EntryType.OTHER));
        List<ChronologyEntryDetails> all = List.of(routine, significant, voided);

        assertThat(titles(ChronologyRules.arrange(all, ChronologyFilter.significantOnly()))).containsExactly("Police call-out");
        assertThat(titles(ChronologyRules.arrange(all, ChronologyFilter.everything()))).containsExactly("Supervision", "Police call-out");
        assertThat(titles(ChronologyRules.arrange(all, new ChronologyFilter(ChronologyFilter.Show.VOIDED, null, null, null, false))))
                .containsExactly("Supervision", "Police call-out", "Wrong child");
    }

    @Test
    void aDateRangeIncludesBothEndsAndATypeNarrowsTheView() {
        ChronologyEntryDetails before = entry("Before", LocalDate.of(2026, 1, 31), null, TYPED_UP, true, false, EntryType.HEALTH);
        ChronologyEntryDetails first = entry("First day", LocalDate.of(2026, 2, 1), null, TYPED_UP, true, false, EntryType.HEALTH);
        ChronologyEntryDetails last = entry("Last day", LocalDate.of(2026, 2, 28), null, TYPED_UP, true, false, EntryType.EDUCATION);
        ChronologyEntryDetails after = entry("After", LocalDate.of(2026, 3, 1), null, TYPED_UP, true, false, EntryType.HEALTH);
        List<ChronologyEntryDetails> all = List.of(before, first, last, after);

        ChronologyFilter february = new ChronologyFilter(ChronologyFilter.Show.SIGNIFICANT, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), false);
        assertThat(titles(ChronologyRules.arrange(all, february))).containsExactly("First day", "Last day");
        ChronologyFilter health = new ChronologyFilter(ChronologyFilter.Show.SIGNIFICANT, EntryType.HEALTH, LocalDate.of(2026, 2, 1), null, false);
        assertThat(titles(ChronologyRules.arrange(all, health))).containsExactly("First day", "After");
    }

    @Test
    void theFamilysCopyWithholdsWhatTheWorkerMarkedAsThirdPartyInformationAndNothingElse() {
        ChronologyEntryDetails neighbour = withImpact(entry("Neighbour reports shouting", LocalDate.of(2026, 2, 1), null, TYPED_UP, true, true,
                EntryType.FAMILY), "The child hears shouting most nights");
        ChronologyEntryDetails school = entry("School report", LocalDate.of(2026, 2, 2), null, TYPED_UP, true, false, EntryType.EDUCATION);

        List<ChronologyEntryDetails> family = ChronologyRules.forAudience(List.of(neighbour, school), Audience.FAMILY);
        assertThat(family.get(0).title()).isEqualTo("Family life");
        assertThat(family.get(0).summary()).isEqualTo("[information withheld: third party]");
        assertThat(family.get(0).impact()).isEqualTo("[information withheld: third party]");
        assertThat(family.get(0).source()).isNull();
        assertThat(family.get(0).occurredOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(family.get(1)).isEqualTo(school);

        assertThat(ChronologyRules.forAudience(List.of(neighbour, school), Audience.COURT)).containsExactly(neighbour, school);
    }

    @Test
    void anEntryAddedByHandNeedsADateNotInTheFutureAWorkersTypeATitleAndWhatHappened() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        assertThat(ChronologyRules.check(new CuratedEntry(null, null, null, " ", null, null, null, null, null), today))
                .containsOnlyKeys("occurredOn", "type", "title", "summary");
        assertThat(ChronologyRules.check(new CuratedEntry(today.plusDays(1), null, EntryType.CONTACT, "t", "s", null, null, null, null), today))
                .containsOnlyKeys("occurredOn", "type");
        assertThat(ChronologyRules.check(new CuratedEntry(today, null, EntryType.HEALTH, "x".repeat(201), "s", null, null, null, null), today))
                .containsOnlyKeys("title");
        assertThat(ChronologyRules.check(new CuratedEntry(today, LocalTime.NOON, EntryType.HEALTH, "Missed hearing test", "Not brought", null,
                null, "Health visitor", null), today)).isEmpty();
    }

    private static ChronologyEntryDetails voided(ChronologyEntryDetails e) {
        return new ChronologyEntryDetails(e.id(), e.childId(), e.occurredOn(), e.occurredTime(), e.recordedAt(), e.recordedBy(), e.type(), e.title(),
                e.summary(), e.impact(), null, null, e.significant(), e.thirdParty(), e.source(), e.sourceModule(), e.sourceId(), null, null,
                UUID.randomUUID(), TYPED_UP, "Recorded on the wrong child's file", 1);
    }

    private static ChronologyEntryDetails withImpact(ChronologyEntryDetails e, String impact) {
        return new ChronologyEntryDetails(e.id(), e.childId(), e.occurredOn(), e.occurredTime(), e.recordedAt(), e.recordedBy(), e.type(), e.title(),
                e.summary(), impact, null, TYPED_UP, e.significant(), e.thirdParty(), e.source(), e.sourceModule(), e.sourceId(), null, null,
                null, null, null, 1);
    }
}
