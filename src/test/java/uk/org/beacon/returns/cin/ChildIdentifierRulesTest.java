package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.AS_AT;
import static uk.org.beacon.returns.cin.CinFixtures.bareEpisode;
import static uk.org.beacon.returns.cin.CinFixtures.census;
import static uk.org.beacon.returns.cin.CinFixtures.check;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.fails;
import static uk.org.beacon.returns.cin.CinFixtures.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.beacon.returns.CensusYear;

class ChildIdentifierRulesTest {

    /** A UPN of LA 207 (2x2 + 4x7 + 9x1 + 10x6 + 12x4 + 13x9 = 266, remainder 13: P) and temporary UPNs worked by hand (M2011…A, B2011…B). */
    static final String UPN = "P207000016049";
    static final String TEMPORARY_UPN = "M20112345678A";

    @Test
    void aChildWithoutTheAuthoritysIdentifierIsAnError() {
        passes("8500", child().build());
        var builder = child().laChildId(" ");
        CinBreach breach = fails("8500", builder.build());
        assertThat(breach.sourceKind()).isEqualTo("CHILD");
        assertThat(breach.sourceId()).isEqualTo(builder.personId());
        assertThat(breach.personId()).isEqualTo(builder.personId());
        assertThat(breach.fields()).containsExactly("LAchildID");
    }

    @Test
    void twoChildrenSharingAnLaChildIdAreBothReported() {
        passes("8510", child().laChildId("A1").build(), child().laChildId("A2").build());
        List<CinBreach> breaches = check("8510", child().laChildId("A1").build(), child().laChildId("A2").build(), child().laChildId("A1").build());
        assertThat(breaches).hasSize(2).allSatisfy(b -> assertThat(b.message()).contains("LAchildID A1 is used by 2 children"));
    }

    @Test
    void aUpnWithTheWrongCheckLetterIsAnErrorTemporaryUpnsIncluded() {
        passes("1510", child().upn(UPN).build(), child().upn(TEMPORARY_UPN).build(), child().upn("B20112345678B").build());
        assertThat(fails("1510", child().upn("Q207000016049").build()).message())
                .isEqualTo("UPN Q207000016049 starts with Q but its check letter should be P; check the UPN with the child's school.");
        assertThat(fails("1510", child().upn("A20112345678A").build()).message()).contains("should be M");
    }

    @Test
    void theSameUpnOnTwoChildrenIsAnErrorOnEach() {
        passes("1520", child().laChildId("A1").upn(UPN).build(), child().laChildId("A2").upn(TEMPORARY_UPN).build());
        List<CinBreach> breaches = check("1520", child().laChildId("A1").upn(UPN).build(), child().laChildId("A2").upn(UPN).build());
        assertThat(breaches).extracting(CinBreach::message).containsExactly(
                "UPN P207000016049 is also recorded for A2; a UPN belongs to one child.",
                "UPN P207000016049 is also recorded for A1; a UPN belongs to one child.");
    }

    @Test
    void aUpnFromAnUnknownAuthorityIsAnError() {
        passes("1530", child().upn(UPN).build(), child().upn("A942000000001").build(), child().upn("A001000000001").build());
        assertThat(fails("1530", child().upn("P999000016049").build()).message()).contains("characters 2-4 (999)");
        assertThat(CinCodeLists.LA_NUMBERS).contains("201", "942", "943", "420", "838").doesNotContain("000", "214", "944");
    }

    @Test
    void aUpnWithLettersInItsSerialIsAnError() {
        passes("1540", child().upn(UPN).build());
        assertThat(fails("1540", child().upn("P2070000X6049").build()).message()).contains("characters 5-12 (0000X604)");
    }

    @Test
    void aUpnEndingInIOrSOrASymbolIsAnError() {
        passes("1550", child().upn(UPN).build(), child().upn(TEMPORARY_UPN).build());
        fails("1550", child().upn("P20700001604I").build());
        fails("1550", child().upn("P20700001604-").build());
    }

    @Test
    void aFormerUpnNotShapedLikeAUpnIsQueried() {
        passes("1560Q", child().formerUpn(UPN).build(), child().formerUpn(TEMPORARY_UPN).build(), child().build());
        fails("1560Q", child().formerUpn("P20700001604").build());
    }

    @Test
    void anLaChildIdOverTwentyCharactersIsAnErrorFrom2024To25() {
        passes("1570", child().laChildId("A2345678901234567890").build());
        fails("1570", child().laChildId("A23456789012345678901").build());
        assertThat(check("1570", census(new CensusYear(2024), child().laChildId("A23456789012345678901").build()), AS_AT)).isEmpty();
    }

    @Test
    void anLaChildIdWithPunctuationIsAnErrorFrom2024To25() {
        passes("1580", child().laChildId("B000123").build());
        assertThat(fails("1580", child().laChildId("B-000123").build()).message()).contains("\"B-000123\"");
        assertThat(check("1580", census(new CensusYear(2024), child().laChildId("B-000123").build()), AS_AT)).isEmpty();
    }

    @Test
    void sexMissingOrOtherThanMFOrUIsAnError() {
        passes("4180", child().sex("M").build(), child().sex("U").build());
        fails("4180", child().sex(null).build());
        assertThat(fails("4180", child().sex("1").build()).message()).isEqualTo("Sex \"1\" is not M, F or U.");
    }

    @Test
    void aDateOfBirthAfterTheCensusDateIsAnError() {
        passes("8520", child().born(d("2026-03-31")).build());
        assertThat(fails("8520", child().born(d("2026-04-01")).build()).message())
                .isEqualTo("The date of birth 1 April 2026 is after the census date 31 March 2026.");
    }

    @Test
    void bothOrNeitherOfTheBirthDatesIsQueried() {
        passes("8525Q", child().build(), child().unborn(d("2026-05-01")).build());
        fails("8525Q", child().expected(d("2023-02-10")).build());
        fails("8525Q", child().born(null).build());
    }

    @Test
    void anExpectedBirthMoreThan30DaysBeforeOrNineMonthsAfterTheCensusDateIsQueried() {
        passes("8530Q", child().unborn(d("2026-03-01")).build(), child().unborn(d("2026-12-31")).build());
        assertThat(fails("8530Q", child().unborn(d("2026-02-28")).build()).message())
                .contains("expected date of birth 28 February 2026 is outside 1 March 2026 to 31 December 2026");
        fails("8530Q", child().unborn(d("2027-01-01")).build());
    }

    @Test
    void aDeathBeforeBirthIsQueried() {
        passes("8535Q", child().died(d("2023-02-14")).build());
        fails("8535Q", child().died(d("2023-02-13")).build());
    }

    @Test
    void aDeathOutsideTheCensusYearIsQueried() {
        passes("8545Q", child().died(d("2025-04-01")).build(), child().build());
        assertThat(fails("8545Q", child().died(d("2025-03-31")).build()).message())
                .contains("31 March 2025 is outside the census year 1 April 2025 to 31 March 2026");
    }

    @Test
    void anUnbornChildWhoseSexIsNotUIsAnError() {
        passes("8750", child().unborn(d("2026-05-01")).build(), child().sex("F").build());
        fails("8750", child().unborn(d("2026-05-01")).sex("F").build());
    }

    @Test
    void aSchoolAgeChildWithoutAUpnOrWithOnlyUn1IsQueried() {
        passes("8770Q", child().born(d("2020-09-01")).upnUnknown("UN1").build(), child().born(d("2015-01-01")).upn(UPN).build(),
                child().born(d("2015-01-01")).upnUnknown("UN2").build(),
                child().born(d("2015-01-01")).upnUnknown(null).episodes(bareEpisode(d("2025-11-03")).nfa()).build());
        assertThat(fails("8770Q", child().born(d("2020-08-31")).upnUnknown("UN1").build()).message())
                .contains("born on 31 August 2020 and is of school age").contains("the reason given is UN1");
        fails("8770Q", child().born(d("2015-01-01")).upnUnknown(null).build());
    }

    @Test
    void un7WhenAnEpisodeIsNotNfaIsAnError() {
        passes("8772", child().upnUnknown("UN7").episodes(bareEpisode(d("2025-11-03")).nfa()).build());
        fails("8772", child().upnUnknown("UN7").build());
    }

    @Test
    void aChildOver25WithAnEpisodeStillOpenIsQueried() {
        passes("8775Q", child().born(d("2001-03-31")).build());
        passes("8775Q", child().born(d("2000-01-01")).episode(e -> e.closed(d("2024-12-31"), "RC7")).build());
        assertThat(fails("8775Q", child().born(d("2000-01-01")).build()).message())
                .contains("born on 1 January 2000 and turned 25 on 1 January 2025").contains("still open");
    }

    @Test
    void aUpnThatIsNot13CharactersLongCannotBeWritten() {
        passes("B02", child().upn(UPN).build(), child().build());
        assertThat(fails("B02", child().upn("P20700001604").build()).message()).contains("has 12 characters");
    }

    @Test
    void aFormerUpnOutsideTheSchemaPatternCannotBeWritten() {
        passes("B03", child().formerUpn(UPN).build(), child().formerUpn(TEMPORARY_UPN).build());
        fails("B03", child().formerUpn("20700001604").build());
    }

    @Test
    void aReasonForAMissingUpnOutsideUn1ToUn7CannotBeWritten() {
        passes("B04", child().upnUnknown("UN5").build());
        fails("B04", child().upnUnknown("UN8").build());
    }

    @Test
    void theCheckLetterScoresATemporaryUpnsLastLetterByItsPlaceInTheTable() {
        assertThat(CinSchemaFacts.expectedCheckLetter(UPN)).isEqualTo('P');
        assertThat(CinSchemaFacts.expectedCheckLetter("A950000178301")).isEqualTo('A');
        assertThat(CinSchemaFacts.expectedCheckLetter(TEMPORARY_UPN)).isEqualTo('M');
        assertThat(CinSchemaFacts.expectedCheckLetter("X20112345678I")).isNull();
        assertThat(CinSchemaFacts.expectedCheckLetter("X2011234567")).isNull();
    }
}
