package uk.org.beacon.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchRulesTest {

    private static final LocalDate BORN = LocalDate.of(2015, 7, 3);

    private static MatchRules.Candidate recorded(String given, String family, LocalDate dob) {
        return new MatchRules.Candidate(UUID.randomUUID(), given, family, List.of(), dob, null, null, null, Set.of(), Set.of(),
                null, null, Set.of(), Set.of());
    }

    private static MatchRules.Candidate withNhs(MatchRules.Candidate c, String nhs) {
        return new MatchRules.Candidate(c.id(), c.givenName(), c.familyName(), c.aliases(), c.dateOfBirth(), nhs, c.upn(), c.formerUpn(),
                c.mergedNhsNumbers(), c.mergedUpns(), c.addressKey(), c.postcode(), c.formerAddressKeys(), c.formerPostcodes());
    }

    private static MatchRules.Candidate livingAt(MatchRules.Candidate c, String line1, String postcode) {
        return new MatchRules.Candidate(c.id(), c.givenName(), c.familyName(), c.aliases(), c.dateOfBirth(), c.nhsNumber(), c.upn(),
                c.formerUpn(), c.mergedNhsNumbers(), c.mergedUpns(), Residence.addressKey(line1, postcode), Postcode.normalise(postcode),
                c.formerAddressKeys(), c.formerPostcodes());
    }

    private static MatchQuery asked(String given, String family, LocalDate dob) {
        return new MatchQuery(given, family, dob, null, null, null, null);
    }

    private static MatchRules.Assessment assess(MatchQuery q, MatchRules.Candidate c) {
        return MatchRules.assess(q, c);
    }

    @Test
    void theSameNameAndDateOfBirthIsAStrongCandidateAndSaysWhy() {
        MatchRules.Assessment a = assess(asked("Amira", "Okafor", BORN), recorded("Amira", "Okafor", BORN));

        assertThat(a.score()).isGreaterThan(0.85);
        assertThat(a.reasons()).containsExactly("Date of birth matches", "Family name matches", "First name matches");
    }

    @Test
    void aDateOfBirthWithDayAndMonthTransposedIsFoundButCountsForLessThanTheRightDate() {
        LocalDate transposed = LocalDate.of(2015, 3, 7);
        MatchRules.Assessment swapped = assess(asked("Amira", "Okafor", BORN), recorded("Amira", "Okafor", transposed));
        MatchRules.Assessment exact = assess(asked("Amira", "Okafor", BORN), recorded("Amira", "Okafor", BORN));
        MatchRules.Assessment different = assess(asked("Amira", "Okafor", BORN), recorded("Amira", "Okafor", LocalDate.of(2015, 9, 21)));

        assertThat(swapped.reasons()).contains("Date of birth matches with day and month swapped").doesNotContain("Date of birth matches");
        assertThat(swapped.score()).isLessThan(exact.score()).isGreaterThan(different.score());
    }

    @Test
    void onlyDatesThatCanBeReadEitherWayHaveATransposedForm() {
        assertThat(MatchRules.swapped(LocalDate.of(2015, 7, 3))).contains(LocalDate.of(2015, 3, 7));
        assertThat(MatchRules.swapped(LocalDate.of(2015, 7, 13))).isEmpty();
        assertThat(MatchRules.swapped(LocalDate.of(2015, 5, 5))).isEmpty();
    }

    @Test
    void smythIsFoundAsSmithBecauseTheFamilyNameSoundsTheSame() {
        MatchRules.Assessment a = assess(asked("Jon", "Smyth", BORN), recorded("John", "Smith", BORN));

        assertThat(a.reasons()).contains("Family name sounds the same (Smyth / Smith)");
        assertThat(a.score()).isGreaterThan(0.7);
    }

    @Test
    void kathrynIsFoundAsCatherineBecauseTheFirstNameIsAKnownVariant() {
        MatchRules.Assessment a = assess(asked("Kathryn", "Ellery", BORN), recorded("Catherine", "Ellery", BORN));

        assertThat(a.reasons()).contains("First name is a known variant (Kathryn / Catherine)", "Family name matches");
        assertThat(a.score()).isGreaterThan(0.85);
    }

    @Test
    void everyCommonFormOfCatherineIsAKnownVariantOfEveryOther() {
        List<String> forms = List.of("Catherine", "Kathryn", "Katherine", "Kate", "Cathy");
        for (String typed : forms) {
            for (String recorded : forms) {
                if (!typed.equals(recorded)) {
                    assertThat(MatchRules.givenReason(typed, recorded)).as(typed + " / " + recorded)
                            .contains("First name is a known variant (" + typed + " / " + recorded + ")");
                }
            }
        }
    }

    @Test
    void aDoubleBarrelledFamilyNameFindsEachOfItsParts() {
        MatchRules.Assessment smith = assess(asked("Leah", "Smith-Jones", BORN), recorded("Leah", "Smith", BORN));
        MatchRules.Assessment jones = assess(asked("Leah", "Smith-Jones", BORN), recorded("Leah", "Jones", BORN));

        assertThat(smith.reasons()).contains("Part of a double-barrelled family name matches");
        assertThat(jones.reasons()).contains("Part of a double-barrelled family name matches");
        assertThat(jones.score()).isGreaterThan(0.7);
    }

    @Test
    void aSharedParticleIsNotAMatchingPartOfADoubleBarrelledName() {
        assertThat(MatchRules.familyReason("Al-Hassan", "Al-Amin")).isEmpty();
    }

    @Test
    void anNhsNumberMatchOutweighsTheSameNameAndDateOfBirth() {
        String nhs = "9990000018";
        MatchRules.Assessment sameNhsOtherName = assess(new MatchQuery("Amira", "Okafor", BORN, nhs, null, null, null),
                withNhs(recorded("Precious", "Adeyemi", null), nhs));
        MatchRules.Assessment sameNameNoNhs = assess(new MatchQuery("Amira", "Okafor", BORN, nhs, null, null, null),
                recorded("Amira", "Okafor", BORN));

        assertThat(sameNhsOtherName.reasons()).containsExactly("NHS number matches");
        assertThat(sameNhsOtherName.score()).isGreaterThan(sameNameNoNhs.score());
    }

    @Test
    void aDifferentNhsNumberOnTheRecordCountsAgainstIt() {
        MatchQuery query = new MatchQuery("Amira", "Okafor", BORN, "999 000 0018", null, null, null);
        MatchRules.Assessment noNumber = assess(query, recorded("Amira", "Okafor", BORN));
        MatchRules.Assessment otherNumber = assess(query, withNhs(recorded("Amira", "Okafor", BORN), "9990000026"));

        assertThat(otherNumber.reasons()).contains("A different NHS number is recorded");
        assertThat(otherNumber.score()).isLessThan(noNumber.score());
    }

    @Test
    void theSameAddressCountsForMoreThanTheSamePostcode() {
        MatchQuery query = new MatchQuery("Amira", "Okafor", null, null, null, "dm1 2ab", "12 Test Street");
        MatchRules.Assessment sameAddress = assess(query, livingAt(recorded("Amira", "Okafor", BORN), "12 test street", "DM1 2AB"));
        MatchRules.Assessment samePostcode = assess(query, livingAt(recorded("Amira", "Okafor", BORN), "40 Test Street", "DM1 2AB"));

        assertThat(sameAddress.reasons()).contains("Same address");
        assertThat(samePostcode.reasons()).contains("Same postcode").doesNotContain("Same address");
        assertThat(sameAddress.score()).isGreaterThan(samePostcode.score());
    }

    @Test
    void anAliasRecordedOnThePersonIsGivenAsTheReason() {
        MatchRules.Candidate married = new MatchRules.Candidate(UUID.randomUUID(), "Kelly", "Okafor",
                List.of(new PersonRecord.AliasName("Kelly", "Brown")), BORN, null, null, null, Set.of(), Set.of(), null, null, Set.of(), Set.of());

        assertThat(assess(asked("Kelly", "Brown", BORN), married).reasons()).contains("Other name (alias) matches", "First name matches");
    }

    @Test
    void aUpnOrAFormerUpnMatches() {
        MatchRules.Candidate pupil = new MatchRules.Candidate(UUID.randomUUID(), "Amira", "Okafor", List.of(), BORN, null,
                "A999000000012", "B999000000013", Set.of(), Set.of(), null, null, Set.of(), Set.of());

        assertThat(assess(new MatchQuery(null, null, null, null, "a999000000012", null, null), pupil).reasons()).containsExactly("UPN matches");
        assertThat(assess(new MatchQuery(null, null, null, null, "B999000000013", null, null), pupil).reasons())
                .containsExactly("UPN matches their former UPN");
    }

    @Test
    void anIdentifierOfARecordMergedIntoThisOneLeadsToIt() {
        MatchRules.Candidate survivor = new MatchRules.Candidate(UUID.randomUUID(), "Amira", "Okafor", List.of(), BORN, "9990000026",
                null, null, Set.of("9990000018"), Set.of(), null, null, Set.of(), Set.of());

        MatchRules.Assessment a = assess(new MatchQuery(null, null, null, "9990000018", null, null, null), survivor);
        assertThat(a.reasons()).containsExactly("NHS number matches a record merged into this one");
        assertThat(a.score()).isGreaterThan(0.95);
    }

    @Test
    void namesEnteredTheWrongWayRoundAreSaid() {
        assertThat(assess(asked("Okafor", "Amira", BORN), recorded("Amira", "Okafor", BORN)).reasons())
                .contains("First and last names may have been entered the wrong way round");
    }

    @Test
    void unrelatedPeopleScoreLowAndHaveNoReasons() {
        MatchRules.Assessment a = assess(asked("Sarah", "Jones", BORN), recorded("Peter", "Wilson", LocalDate.of(1988, 1, 30)));

        assertThat(a.reasons()).isEmpty();
        assertThat(a.score()).isLessThan(0.01);
    }

    @Test
    void everyScoreLiesBetweenZeroAndOne() {
        String nhs = "9990000018";
        MatchRules.Assessment best = assess(new MatchQuery("Amira", "Okafor", BORN, nhs, null, "DM1 2AB", "12 Test Street"),
                livingAt(withNhs(recorded("Amira", "Okafor", BORN), nhs), "12 Test Street", "DM1 2AB"));
        MatchRules.Assessment nothing = assess(new MatchQuery(null, null, null, null, null, null, null), recorded("Amira", "Okafor", BORN));

        assertThat(best.score()).isBetween(0.99, 1.0);
        assertThat(nothing.score()).isBetween(0.0, 0.01);
    }
}
