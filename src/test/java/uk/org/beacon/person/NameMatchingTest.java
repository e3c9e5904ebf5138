package uk.org.beacon.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchingTest {

    private static double score(String queryGiven, String queryFamily, String candidateGiven, String candidateFamily) {
        return NameMatching.score(queryGiven, queryFamily, candidateGiven, candidateFamily, List.of());
    }

    @Test
    void normalisingLowerCasesAndRemovesAccentsApostrophesAndPunctuation() {
        assertThat(NameMatching.normalise("O'Neil")).isEqualTo("oneil");
        assertThat(NameMatching.normalise("O’Neil")).isEqualTo("oneil");
        assertThat(NameMatching.normalise("  Zoë   Ó Súilleabháin ")).isEqualTo("zoe o suilleabhain");
        assertThat(NameMatching.normalise("Smith-Jones")).isEqualTo("smith jones");
        assertThat(NameMatching.normalise("St. John, Jr")).isEqualTo("st john jr");
    }

    @Test
    void lettersThatDoNotDecomposeAreSpelledOutInPlainLatinLetters() {
        assertThat(NameMatching.normalise("Bjørn")).isEqualTo("bjorn");
        assertThat(NameMatching.normalise("Łukasz Straße")).isEqualTo("lukasz strasse");
        assertThat(NameMatching.normalise("Ægir")).isEqualTo("aegir");
    }

    @Test
    void namesWrittenInOtherScriptsAreKeptRatherThanThrownAway() {
        assertThat(NameMatching.normalise("محمد")).isEqualTo("محمد");
        assertThat(NameMatching.phoneticKey("محمد")).isEmpty();
    }

    @Test
    void aMissingNameNormalisesToNothing() {
        assertThat(NameMatching.normalise(null)).isEmpty();
        assertThat(NameMatching.normalise(" - ' ")).isEmpty();
        assertThat(NameMatching.phoneticKey(null)).isEmpty();
        assertThat(NameMatching.phoneticKey("")).isEmpty();
    }

    @Test
    void namesThatSoundAlikeShareAPhoneticKey() {
        assertThat(NameMatching.phoneticKey("Smith")).isEqualTo(NameMatching.phoneticKey("Smyth"));
        assertThat(NameMatching.phoneticKey("Mohammed")).isEqualTo(NameMatching.phoneticKey("Muhammad"));
        assertThat(NameMatching.phoneticKey("Jon")).isEqualTo(NameMatching.phoneticKey("John"));
        assertThat(NameMatching.phoneticKey("Smith")).isNotEqualTo(NameMatching.phoneticKey("Jones"));
    }

    @Test
    void anApostropheDoesNotChangeThePhoneticKey() {
        assertThat(NameMatching.phoneticKey("O'Neil")).isEqualTo(NameMatching.phoneticKey("ONeil"));
        assertThat(NameMatching.phoneticKey("O'Neil")).isEqualTo(NameMatching.phoneticKey("oneil"));
    }

    @Test
    void aHyphenatedOrMultiPartNameIsKeyedOnItsFirstPart() {
        assertThat(NameMatching.phoneticKey("Smith-Jones")).isEqualTo(NameMatching.phoneticKey("Smith"));
        assertThat(NameMatching.phoneticKey("Mary Ann")).isEqualTo(NameMatching.phoneticKey("Mary"));
    }

    @Test
    void aLeadingParticleIsSkippedSoThatAllAlNamesDoNotShareOneKey() {
        assertThat(NameMatching.phoneticKey("Al-Hassan")).isEqualTo(NameMatching.phoneticKey("Hassan"));
        assertThat(NameMatching.phoneticKey("van Dijk")).isEqualTo(NameMatching.phoneticKey("Dijk"));
        assertThat(NameMatching.phoneticKey("Al-Hassan")).isNotEqualTo(NameMatching.phoneticKey("Al-Amin"));
        assertThat(NameMatching.phoneticKey("Al")).as("a particle on its own is the name").isNotEmpty();
    }

    @Test
    void similarityIgnoresCaseAccentsAndPunctuation() {
        assertThat(NameMatching.similarity("ZOË", "zoe")).isEqualTo(1.0);
        assertThat(NameMatching.similarity("O'Neil", "ONEIL")).isEqualTo(1.0);
        assertThat(NameMatching.similarity("Smyth", "Smith")).isBetween(0.85, 0.95);
        assertThat(NameMatching.similarity("Smith", "Okonkwo")).isLessThan(0.6);
    }

    @Test
    void aBlankNameIsNotSimilarToAnything() {
        assertThat(NameMatching.similarity("", "")).isZero();
        assertThat(NameMatching.similarity(null, "Smith")).isZero();
    }

    @Test
    void aShortFormLeadsToTheFullGivenNameAndItsOtherShortForms() {
        assertThat(NameMatching.givenNameVariants("Bill")).contains("bill", "william", "will", "billy");
        assertThat(NameMatching.givenNameVariants("William")).contains("bill");
        assertThat(NameMatching.givenNameVariants("Bob")).contains("robert");
        assertThat(NameMatching.givenNameVariants("Liz")).contains("elizabeth", "beth");
        assertThat(NameMatching.givenNameVariants("Beth")).contains("elizabeth", "liz");
        assertThat(NameMatching.givenNameVariants("Jack")).contains("john");
        assertThat(NameMatching.givenNameVariants("Peggy")).contains("margaret");
        assertThat(NameMatching.givenNameVariants("Alex")).contains("alexander", "alexandra");
        assertThat(NameMatching.givenNameVariants("Kate")).contains("katherine", "catherine");
        assertThat(NameMatching.givenNameVariants("Mo")).contains("mohammed", "muhammad", "mohammad");
    }

    @Test
    void aNameInTwoGroupsLeadsToBoth() {
        assertThat(NameMatching.givenNameVariants("Ted")).contains("edward", "theodore");
        assertThat(NameMatching.givenNameVariants("Edward")).doesNotContain("theodore");
    }

    @Test
    void aNameNotInTheTableHasOnlyItself() {
        assertThat(NameMatching.givenNameVariants("Oluwaseun")).containsExactly("oluwaseun");
        assertThat(NameMatching.givenNameVariants(null)).isEmpty();
    }

    @Test
    void variantsOfADoubleGivenNameComeFromItsFirstPart() {
        assertThat(NameMatching.givenNameVariants("Mary-Kate")).contains("mary kate", "mary", "molly")
                .doesNotContain("katherine");
    }

    @Test
    void theSameNameScoresOne() {
        assertThat(score("Amira", "Okafor", "Amira", "Okafor")).isCloseTo(1.0, within(1e-9));
        assertThat(score("amira", "OKAFOR", "Amira", "Okafor")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void jonSmythScoresHighAgainstJohnSmith() {
        assertThat(score("Jon", "Smyth", "John", "Smith")).isGreaterThan(0.85);
    }

    @Test
    void mohammedKhanScoresHighAgainstMuhammadKhan() {
        assertThat(score("Mohammed", "Khan", "Muhammad", "Khan")).isGreaterThan(0.9);
    }

    @Test
    void aKnownShortFormScoresAlmostAsHighAsTheFullName() {
        assertThat(score("Bill", "Turner", "William", "Turner")).isGreaterThan(0.9);
        assertThat(score("Peggy", "Lowe", "Margaret", "Lowe")).isGreaterThan(0.9);
        assertThat(score("Bill", "Turner", "William", "Turner"))
                .isGreaterThan(score("Bilal", "Turner", "William", "Turner"));
    }

    @ParameterizedTest(name = "{0} {1} against {2} {3}")
    @CsvSource({
            "Sarah, Jones, Peter, Wilson",
            "Emily, Clarke, Oliver, Patel",
            "Liam, Walker, Noah, Wright",
            "Chloe, Evans, Jack, Edwards",
            "Ava, Roberts, Ella, Robinson",
            "Grace, Nowak, Tyrone, Adeyemi"})
    void unrelatedNamesScoreLow(String queryGiven, String queryFamily, String candidateGiven, String candidateFamily) {
        assertThat(score(queryGiven, queryFamily, candidateGiven, candidateFamily)).isLessThan(0.4);
    }

    @Test
    void theFamilyNameCountsForMoreThanTheGivenName() {
        double sameFamily = score("Amira", "Okafor", "Zainab", "Okafor");
        double sameGiven = score("Amira", "Okafor", "Amira", "Lindqvist");
        assertThat(sameFamily).isGreaterThan(sameGiven);
    }

    @Test
    void aSearchByFamilyNameAloneComparesOnlyTheFamilyName() {
        assertThat(score("", "Okafor", "Amira", "Okafor")).isCloseTo(1.0, within(1e-9));
        assertThat(score(null, "Okafor", "Amira", "Smith")).isLessThan(0.4);
    }

    @Test
    void aSearchByGivenNameAloneComparesOnlyTheGivenName() {
        assertThat(score("Amira", " ", "Amira", "Okafor")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void anEmptySearchMatchesNobody() {
        assertThat(score("", "", "Amira", "Okafor")).isZero();
        assertThat(score(null, null, "Amira", "Okafor")).isZero();
    }

    @Test
    void aCandidateWithNoGivenNameYetCanStillBeFoundByFamilyName() {
        double score = score("Amira", "Okafor", "", "Okafor");
        assertThat(score).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void anAliasRecordedOnThePersonIsMatchedAsWell() {
        double withoutAlias = NameMatching.score("Kelly", "Brown", "Kelly", "Okafor", List.of());
        double withAlias = NameMatching.score("Kelly", "Brown", "Kelly", "Okafor", List.of("Kelly Brown"));
        assertThat(withoutAlias).isLessThan(0.7);
        assertThat(withAlias).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aSingleWordAliasCanBeAKnownAsGivenNameOrAFormerFamilyName() {
        assertThat(NameMatching.score("Jojo", "Okafor", "Josephine", "Okafor", List.of("Jojo")))
                .isCloseTo(1.0, within(1e-9));
        assertThat(NameMatching.score("Amira", "Brown", "Amira", "Okafor", List.of("Brown")))
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void missingOrBlankAliasesAreIgnored() {
        double plain = NameMatching.score("Amira", "Okafor", "Amira", "Okafor", List.of());
        assertThat(NameMatching.score("Amira", "Okafor", "Amira", "Okafor", null)).isEqualTo(plain);
        assertThat(NameMatching.score("Amira", "Okafor", "Amira", "Okafor", List.of(" ", ""))).isEqualTo(plain);
    }

    @Test
    void namesEnteredTheWrongWayRoundStillScoreHighButBelowTheRightWayRound() {
        double swapped = score("Khan", "Mohammed", "Mohammed", "Khan");
        assertThat(swapped).isGreaterThan(0.85).isLessThan(1.0);
    }

    @Test
    void onePartOfADoubleBarrelledFamilyNameIsAGoodMatch() {
        assertThat(score("Amira", "Okafor", "Amira", "Okafor-Lindqvist")).isGreaterThan(0.9);
        assertThat(score("Amira", "Okafor-Lindqvist", "Amira", "Okafor")).isGreaterThan(0.9);
    }

    @Test
    void accentsAndApostrophesDoNotLowerTheScore() {
        assertThat(score("Zoë", "O'Neil", "Zoe", "ONeil")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void everyScoreLiesBetweenZeroAndOne() {
        String[] names = {"Jon", "John", "Smyth", "Smith", "Mo", "Muhammad", "Khan", "Al-Hassan", "", "Ægir", "O'Neil"};
        for (String a : names) {
            for (String b : names) {
                assertThat(NameMatching.score(a, b, b, a, List.of(a, b + " " + a))).isBetween(0.0, 1.0);
            }
        }
    }
}
