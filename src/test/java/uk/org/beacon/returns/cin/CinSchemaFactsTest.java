package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.AS_AT;
import static uk.org.beacon.returns.cin.CinFixtures.YEAR;
import static uk.org.beacon.returns.cin.CinFixtures.assessment;
import static uk.org.beacon.returns.cin.CinFixtures.census;
import static uk.org.beacon.returns.cin.CinFixtures.checkAll;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.cinPlan;
import static uk.org.beacon.returns.cin.CinFixtures.cpPlan;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.enquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.beacon.returns.CensusYear;

class CinSchemaFactsTest {

    @Test
    void theReadmeExampleChildCanBeWritten() {
        assertThat(CinSchemaFacts.unwritable(child().build(), YEAR)).isEmpty();
        assertThat(CinSchemaFacts.writable(child().build(), YEAR)).isTrue();
    }

    @Test
    void optionalValuesLeftOutDoNotStopAChildBeingWritten() {
        var sparse = child().upnUnknown(null).born(null).disabilities().episode(e -> e.need(null).assessments(assessment(d("2025-11-03"), null))
                .section47s(enquiry(d("2025-11-04"), null, null, false)).cpPlans(cpPlan(d("2025-11-24"), null))).build();
        assertThat(CinSchemaFacts.unwritable(sparse, YEAR)).isEmpty();
    }

    static Stream<Arguments> unwritableChildren() {
        return Stream.of(
                Arguments.of("no LAchildID", child().laChildId(null).build(), "LAchildID"),
                Arguments.of("a 12-character UPN", child().upn("P20700001604").build(), "UPN"),
                Arguments.of("a UPN starting with a digit", child().upn("1207000016049").build(), "UPN"),
                Arguments.of("a UPN with letters inside", child().upn("P2070000X6049").build(), "UPN"),
                Arguments.of("a malformed former UPN", child().formerUpn("207000016049").build(), "FormerUPN"),
                Arguments.of("an unknown UPNunknown reason", child().upnUnknown("UN9").build(), "UPNunknown"),
                Arguments.of("no sex", child().sex(null).build(), "Sex"),
                Arguments.of("sex outside M, F, U", child().sex("X").build(), "Sex"),
                Arguments.of("no ethnicity", child().ethnicity(null).build(), "Ethnicity"),
                Arguments.of("an unlisted ethnicity", child().ethnicity("WHIT").build(), "Ethnicity"),
                Arguments.of("an unlisted disability", child().disabilities("ADHD").build(), "Disability"),
                Arguments.of("an unborn child's unlisted disability", child().unborn(d("2026-05-01")).disabilities("ADHD").build(), "Disability"),
                Arguments.of("no episode", child().noEpisodes().build(), "CINdetails"),
                Arguments.of("no referral date", child().episode(e -> e.referred(null)).build(), "CINreferralDate"),
                Arguments.of("no referral source", child().episode(e -> e.source(null)).build(), "ReferralSource"),
                Arguments.of("an old referral without a source", child().episode(e -> e.referred(d("2012-05-01")).source(null)).build(),
                        "ReferralSource"),
                Arguments.of("an unlisted primary need", child().episode(e -> e.need("N10")).build(), "PrimaryNeedCode"),
                Arguments.of("an unlisted closure reason", child().episode(e -> e.closed(d("2026-03-01"), "RC0")).build(), "ReasonForClosure"),
                Arguments.of("an assessment without a start", child().episode(e -> e.assessments(assessment(null, d("2025-12-10"), "3A"))).build(),
                        "AssessmentActualStartDate"),
                Arguments.of("an unlisted factor", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "25A"))).build(),
                        "AssessmentFactors"),
                Arguments.of("a CIN plan without a start", child().episode(e -> e.cinPlans(cinPlan(null, d("2026-01-01")))).build(),
                        "CINPlanStartDate"),
                Arguments.of("an enquiry without a start, with a conference",
                        child().episode(e -> e.section47s(enquiry(null, null, d("2025-11-24"), false))).build(), "S47ActualStartDate"),
                Arguments.of("an enquiry without a start or a conference",
                        child().episode(e -> e.section47s(enquiry(null, null, null, true))).build(), "S47ActualStartDate"),
                Arguments.of("a CP plan without a start", child().episode(e -> e.cpPlans(cpPlan(null, null))).build(), "CPPstartDate"),
                Arguments.of("no initial category", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), null, null, "NEG", 0))).build(),
                        "InitialCategoryOfAbuse"),
                Arguments.of("an unlisted latest category", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), null, "NEG", "XXX", 0))).build(),
                        "LatestCategoryOfAbuse"),
                Arguments.of("no number of previous plans", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), null, "NEG", "NEG", null))).build(),
                        "NumberOfPreviousCPP"),
                Arguments.of("a review without a date", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), null, (LocalDate) null))).build(),
                        "CPPreviewDate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unwritableChildren")
    void aChildTheSchemaCannotHoldIsReportedByAnErrorNotDropped(String situation, CinChild child, String element) {
        assertThat(CinSchemaFacts.unwritable(child, YEAR)).as(situation).containsExactly(element);
        List<CinBreach> errors = checkAll(census(child)).stream()
                .filter(b -> b.kind() == CinRuleKind.ERROR && child.personId().equals(b.personId())).toList();
        assertThat(errors).as(situation).anySatisfy(b -> assertThat(b.fields()).contains(element));
    }

    @Test
    void beforeSexReplacedGenderCurrentTheElementIsNamedGenderCurrentAndTheErrorIsStill4180() {
        var child = child().sex(null).build();
        assertThat(CinSchemaFacts.unwritable(child, new CensusYear(2024))).containsExactly("GenderCurrent");
        assertThat(new CinCensusRules(CinFixtures.CALENDAR).check(census(new CensusYear(2024), child), AS_AT))
                .anySatisfy(b -> assertThat(b.rule()).isEqualTo("4180"));
    }

    @Test
    void severalProblemsAreListedOnceEachInDocumentOrder() {
        var child = child().sex("X").ethnicity(null).disabilities("ADHD", "XYZ")
                .episode(e -> e.source(null).assessments(assessment(null, null), assessment(null, null))).build();
        assertThat(CinSchemaFacts.unwritable(child, YEAR))
                .containsExactly("Sex", "Ethnicity", "Disability", "ReferralSource", "AssessmentActualStartDate");
    }

    @Test
    void theUpnPatternIsTheSchemas() {
        assertThat(CinSchemaFacts.fitsUpnPattern("P207000016049")).isTrue();
        assertThat(CinSchemaFacts.fitsUpnPattern("M20112345678A")).isTrue();
        assertThat(CinSchemaFacts.fitsUpnPattern("p20112345678a")).isTrue();
        assertThat(CinSchemaFacts.fitsUpnPattern("P2011234567")).isFalse();
        assertThat(CinSchemaFacts.fitsUpnPattern(null)).isFalse();
    }
}
