package uk.org.beacon.person;

import uk.org.beacon.SignedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.audit.AuditRecord;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Staff;

class PersonMatchingIntegrationTest extends BeaconIntegrationTest {

    @Autowired PersonMatching matching;
    @Autowired PersonMerges merges;
    @Autowired People people;
    @Autowired RecordAccess access;
    @Autowired AuditTrail audit;
    @Autowired Staff staff;

    private PersonDetails recorded(PersonRecord record) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(record));
    }

    private List<MatchCandidate> screen(MatchQuery query) {
        return SignedIn.as("screener", "SCREENER", () -> matching.candidates(query));
    }

    private static MatchCandidate of(List<MatchCandidate> candidates, UUID id) {
        return candidates.stream().filter(c -> c.personId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("not a candidate: " + id));
    }

    @Test
    void aChildReferredAsKathrynWithHerBirthdayWrittenTheAmericanWayIsMatchedToCatherine() {
        PersonDetails catherine = recorded(PersonTestData.child("Catherine", "Trevanion", LocalDate.of(2016, 3, 7)));

        List<MatchCandidate> found = screen(new MatchQuery("Kathryn", "Trevanion", LocalDate.of(2016, 7, 3), null, null, "DM1 2AB", "12 Test Street"));

        MatchCandidate c = of(found, catherine.id());
        assertThat(c.reasons()).contains("First name is a known variant (Kathryn / Catherine)", "Family name matches",
                "Date of birth matches with day and month swapped", "Same address");
        assertThat(c.name()).isEqualTo("Catherine Trevanion");
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(2016, 3, 7));
        assertThat(c.postcode()).isEqualTo("DM1 2AB");
        assertThat(c.restricted()).isFalse();
        assertThat(found.get(0).personId()).isEqualTo(catherine.id());
    }

    @Test
    void aFamilyNameHeardAsSmythFindsTheSmithRecord() {
        PersonDetails smith = recorded(PersonTestData.child("Oriel", "Smith", LocalDate.of(2013, 11, 20)));

        MatchCandidate c = of(screen(new MatchQuery("Oriel", "Smyth", LocalDate.of(2013, 11, 20), null, null, null, null)), smith.id());

        assertThat(c.reasons()).contains("Family name sounds the same (Smyth / Smith)", "First name matches", "Date of birth matches");
    }

    @Test
    void aDoubleBarrelledNameFindsRecordsUnderEachHalf() {
        PersonDetails underFirst = recorded(PersonTestData.child("Wren", "Pellow", LocalDate.of(2017, 5, 1)));
        PersonDetails underSecond = recorded(PersonTestData.child("Wren", "Tresidder", LocalDate.of(2017, 5, 1)));

        List<MatchCandidate> found = screen(new MatchQuery("Wren", "Pellow-Tresidder", LocalDate.of(2017, 5, 1), null, null, null, null));

        assertThat(of(found, underFirst.id()).reasons()).contains("Part of a double-barrelled family name matches");
        assertThat(of(found, underSecond.id()).reasons()).contains("Part of a double-barrelled family name matches");
    }

    @Test
    void anNhsNumberFindsTheChildFirstWhateverNameTheReferrerUsed() {
        PersonDetails child = recorded(PersonTestData.child("Marigold", "Essery", LocalDate.of(2012, 2, 14)));
        recorded(PersonTestData.child("Tamsin", "Penhallow", LocalDate.of(2012, 2, 14)));

        List<MatchCandidate> found = screen(new MatchQuery("Tamsin", "Penhallow", LocalDate.of(2012, 2, 14), child.nhsNumber(), null, null, null));

        assertThat(found.get(0).personId()).isEqualTo(child.id());
        assertThat(found.get(0).reasons()).contains("NHS number matches");
    }

    @Test
    void aFormerUpnFindsThePupil() {
        String former = PersonTestData.nextUpn();
        PersonDetails pupil = recorded(PersonTestData.withUpn(PersonTestData.child("Jory", "Angwin", LocalDate.of(2014, 9, 9)),
                PersonTestData.nextUpn(), former));

        assertThat(of(screen(new MatchQuery(null, null, null, null, former, null, null)), pupil.id()).reasons())
                .containsExactly("UPN matches their former UPN");
    }

    @Test
    void aRestrictedRecordShowsOnlyThatItExistsToAScreenerNotNamedOnIt() {
        PersonDetails child = recorded(PersonTestData.child("Ysolde", "Carveth", LocalDate.of(2015, 6, 30)));
        SignedIn.run("manager", "TEAM_MANAGER", () -> access.restrict(child.id(), "A relative works in the screening team", Set.of()));

        List<MatchCandidate> found = screen(new MatchQuery("Ysolde", "Carveth", LocalDate.of(2015, 6, 30), null, null, "DM1 2AB", null));

        MatchCandidate c = of(found, child.id());
        assertThat(c.restricted()).isTrue();
        assertThat(c.name()).isNull();
        assertThat(c.dateOfBirth()).isNull();
        assertThat(c.postcode()).isNull();
        assertThat(String.join(" ", c.reasons())).doesNotContain("Ysolde").doesNotContain("Carveth").doesNotContain("birth");
        MatchCandidate named = of(SignedIn.as("manager", "TEAM_MANAGER", () -> matching.candidates(
                new MatchQuery("Ysolde", "Carveth", LocalDate.of(2015, 6, 30), null, null, null, null))), child.id());
        assertThat(named.name()).isEqualTo("Ysolde Carveth");
        assertThat(named.restricted()).isTrue();
    }

    @Test
    void eachCheckIsAuditedOnceWithoutTheDetailsAskedAbout() {
        UUID screener = staff.findByUsername("screener").orElseThrow().id();
        screen(new MatchQuery("Perran", "Nankervis", LocalDate.of(2011, 1, 2), null, null, "DM9 9ZZ", null));

        AuditRecord last = audit.byActor(screener, 1).get(0);
        assertThat(last.action()).isEqualTo("SEARCHED");
        assertThat(last.subjectId()).isNull();
        assertThat(last.detail()).contains("match").contains("familyName").doesNotContain("Nankervis").doesNotContain("Perran")
                .doesNotContain("2011").doesNotContain("DM9");
    }

    @Test
    void onlyStaffWhoReadRecordsMayCheckForMatches() {
        assertThatThrownBy(() -> SignedIn.as("admin", "ADMINISTRATOR", () -> matching.candidates(new MatchQuery(null, "Smith", null, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void atMostTwentyCandidatesBestFirst() {
        List<MatchCandidate> found = screen(new MatchQuery(null, "Smith", null, null, null, null, null));

        assertThat(found).hasSizeLessThanOrEqualTo(PersonMatching.MAX_CANDIDATES);
        assertThat(found).extracting(MatchCandidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aMergedRecordIsNoLongerACandidateButItsNhsNumberLeadsToTheRecordKept() {
        PersonDetails kept = recorded(PersonTestData.withNhs(PersonTestData.child("Demelza", "Rowse", LocalDate.of(2010, 8, 8)), null));
        PersonDetails duplicate = recorded(PersonTestData.child("Demelza", "Rouse", LocalDate.of(2010, 8, 8)));
        SignedIn.as("manager", "TEAM_MANAGER", () -> merges.merge(kept.id(), duplicate.id(), "Same child: the GP confirmed the NHS number"));

        List<MatchCandidate> byName = screen(new MatchQuery("Demelza", "Rouse", LocalDate.of(2010, 8, 8), null, null, null, null));
        List<MatchCandidate> byNhs = screen(new MatchQuery(null, null, null, duplicate.nhsNumber(), null, null, null));

        assertThat(byName).extracting(MatchCandidate::personId).contains(kept.id()).doesNotContain(duplicate.id());
        assertThat(byNhs).extracting(MatchCandidate::personId).containsExactly(kept.id());
        assertThat(byNhs.get(0).reasons()).containsExactly("NHS number matches a record merged into this one");
    }
    @Test
    void aBatchOfChecksFindsForEachCheckWhatTheCheckFindsOnItsOwnAndFindsARecordAddedMeanwhile() {
        PersonDetails eluned = recorded(PersonTestData.withAddress(PersonTestData.child("Eluned", "Polglase", LocalDate.of(2012, 4, 5)),
                "7 Harbour Row", "DM2 5QT"));
        PersonDetails sister = recorded(PersonTestData.withAddress(PersonTestData.child("Morwenna", "Polglase", LocalDate.of(2014, 9, 1)),
                "7 Harbour Row", "DM2 5QT"));
        PersonDetails known = recorded(PersonTestData.withAliases(PersonTestData.child("Tegen", "Rosewarne", LocalDate.of(2011, 2, 3)),
                new PersonRecord.AliasName(null, "Polglase")));
        SignedIn.run("manager", "TEAM_MANAGER", () -> access.restrict(sister.id(), "A relative works in the screening team", Set.of()));
        List<MatchQuery> checks = List.of(
                new MatchQuery("Eluned", "Polglase", LocalDate.of(2012, 4, 5), null, null, "DM2 5QT", "7 Harbour Row"),
                new MatchQuery("Elaned", "Polglaze", LocalDate.of(2012, 5, 4), null, null, "DM2 5QT", null),
                new MatchQuery("Tegen", "Polglase", LocalDate.of(2011, 2, 3), null, null, null, null),
                new MatchQuery("Morwenna", "Polglase", null, null, null, "DM2 5QT", null),
                new MatchQuery(null, null, null, eluned.nhsNumber(), null, null, null),
                new MatchQuery("Eluned", null, null, null, null, null, null),
                new MatchQuery(null, "Smith", null, null, null, null, null),
                new MatchQuery("Jenifer", "Polglase-Trembath", LocalDate.of(2016, 10, 11), null, null, "DM2 5QT", null));

        List<List<MatchCandidate>> onTheirOwn = checks.stream().map(this::screen).toList();
        List<List<MatchCandidate>> inABatch = SignedIn.as("screener", "SCREENER", () -> {
            PersonMatching.Batch batch = matching.batch();
            batch.prepare(checks);
            return checks.stream().map(batch::candidates).toList();
        });

        assertThat(inABatch).isEqualTo(onTheirOwn);
        assertThat(of(inABatch.get(2), known.id()).reasons()).contains("Other name (alias) matches");
        assertThat(of(inABatch.get(3), sister.id()).name()).isNull();

        MatchQuery jenifer = checks.get(7);
        List<MatchCandidate> afterAdding = SignedIn.as("screener", "SCREENER", () -> {
            PersonMatching.Batch batch = matching.batch();
            batch.prepare(checks);
            PersonDetails added = people.register(PersonTestData.withAddress(PersonTestData.child("Jenifer", "Polglase-Trembath",
                    LocalDate.of(2016, 10, 11)), "7 Harbour Row", "DM2 5QT"));
            batch.registered(added.id());
            List<MatchCandidate> found = batch.candidates(jenifer);
            assertThat(found.get(0).personId()).isEqualTo(added.id());
            return found;
        });
        assertThat(afterAdding).isEqualTo(screen(jenifer));
    }
}
