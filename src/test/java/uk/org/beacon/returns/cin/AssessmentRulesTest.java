package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.AS_AT;
import static uk.org.beacon.returns.cin.CinFixtures.assessment;
import static uk.org.beacon.returns.cin.CinFixtures.census;
import static uk.org.beacon.returns.cin.CinFixtures.check;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.fails;
import static uk.org.beacon.returns.cin.CinFixtures.passes;

import org.junit.jupiter.api.Test;
import uk.org.beacon.returns.CensusYear;

class AssessmentRulesTest {

    @Test
    void anAssessmentStartingBeforeTheReferralIsAnError() {
        passes("1103", child().build());
        CinBreach breach = fails("1103", child().episode(e -> e.assessments(assessment(d("2025-11-02"), d("2025-12-10"), "3A"))).build());
        assertThat(breach.message()).isEqualTo("The assessment started on 2 November 2025, before the referral on 3 November 2025.");
        assertThat(breach.sourceKind()).isEqualTo("ASSESSMENT");
        assertThat(breach.fields()).containsExactly("AssessmentActualStartDate", "CINreferralDate");
    }

    @Test
    void anAssessmentCompletedBeforeItStartedIsAnError() {
        passes("8608", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-11-03"), "3A"))).build());
        fails("8608", child().episode(e -> e.assessments(assessment(d("2025-11-05"), d("2025-11-04"), "3A"))).build());
    }

    @Test
    void factorsOnAnAssessmentNotYetCompletedAreAnError() {
        passes("8614", child().episode(e -> e.assessments(assessment(d("2025-11-03"), null))).build());
        fails("8614", child().episode(e -> e.assessments(assessment(d("2025-11-03"), null, "3A"))).build());
    }

    @Test
    void anAssessmentOpenMoreThan45WorkingDaysAtTheCensusDateIsQueried() {
        // 45 working days before Tuesday 31 March 2026 is Tuesday 27 January 2026 (no bank holiday between).
        passes("8670Q", child().episode(e -> e.assessments(assessment(d("2026-01-27"), null))).build());
        assertThat(fails("8670Q", child().episode(e -> e.assessments(assessment(d("2026-01-26"), null))).build()).message())
                .isEqualTo("The assessment started on 26 January 2026 has no completion date: at the census date 31 March 2026 it will have "
                        + "been open more than 45 working days.");
    }

    @Test
    void anAssessmentAlreadyOverdueOnTheDayTheDataIsTakenSaysSoAsAtThatDay() {
        // 15 January 2026: 45 working days back, skipping Christmas, Boxing Day and New Year's Day, is 10 November 2025.
        var overdue = census(child().episode(e -> e.assessments(assessment(d("2025-11-07"), null))).build());
        assertThat(CinFixtures.fails("8670Q", overdue, d("2026-01-15")).message())
                .isEqualTo("As at 15 January 2026 the assessment started on 7 November 2025 has been open more than 45 working days and has no "
                        + "completion date.");
        var notYet = census(child().episode(e -> e.assessments(assessment(d("2025-11-10"), null))).build());
        assertThat(CinFixtures.fails("8670Q", notYet, d("2026-01-15")).message()).contains("at the census date 31 March 2026");
    }

    @Test
    void anAssessmentCompletedOutsideTheCensusYearIsAnError() {
        passes("8696", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2026-03-31"), "3A"))).build());
        fails("8696", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2026-04-01"), "3A"))).build());
    }

    @Test
    void anOpenAssessmentStartedBeforeTheCensusYearIsAnError() {
        passes("8736", child().episode(e -> e.referred(d("2025-03-01")).assessments(assessment(d("2025-04-01"), null))).build());
        fails("8736", child().episode(e -> e.referred(d("2025-03-01")).assessments(assessment(d("2025-03-31"), null))).build());
    }

    @Test
    void anAssessmentStartingWhileAnotherRunsIsQueried() {
        passes("8863Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "3A"),
                assessment(d("2025-12-11"), null))).build());
        assertThat(fails("8863Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "3A"),
                assessment(d("2025-12-10"), null))).build()).message())
                .isEqualTo("The assessment started on 10 December 2025 while the assessment started on 3 November 2025 was running "
                        + "(completed 10 December 2025).");
        fails("8863Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), null), assessment(d("2026-01-10"), d("2026-02-01"), "1A")))
                .build());
    }

    @Test
    void noFactorsIdentifiedTogetherWithAFactorIsAnError() {
        passes("8869", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "21"))).build());
        fails("8869", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "21", "3A"))).build());
    }

    @Test
    void anEpisodeWhoseOnlyAssessmentFoundNothingButIsNotClosedAsAssessedIsQueried() {
        passes("8873Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "21")).section47s().cpPlans()
                .closed(d("2025-12-10"), "RC8")).build());
        passes("8873Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "21"),
                assessment(d("2026-01-03"), null))).build());
        assertThat(fails("8873Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "21"))
                .closed(d("2025-12-10"), "RC7")).build()).message()).endsWith("should close with RC8 or RC9, not RC7.");
    }

    @Test
    void twoOpenAssessmentsInAnEpisodeAreAnError() {
        passes("8896", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "3A"), assessment(d("2026-01-10"), null)))
                .build());
        fails("8896", child().episode(e -> e.assessments(assessment(d("2025-11-03"), null), assessment(d("2026-01-10"), null))).build());
    }

    @Test
    void anAssessmentCompletedInTheYearWithoutValidFactorsIsQueried() {
        passes("8897Q", child().build(), child().laChildId("A2").episode(e -> e.referred(d("2025-03-01"))
                .assessments(assessment(d("2025-03-01"), d("2025-03-20")))).build());
        assertThat(fails("8897Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10")))).build()).message())
                .contains("records no factors");
        fails("8897Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "99"))).build());
    }

    @Test
    void aFactorRecordedTwiceOnOneAssessmentIsAnError() {
        passes("8898", child().build());
        assertThat(fails("8898", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "3A", "16A", "3A"))).build())
                .message()).contains("records factor 3A more than once");
    }

    @Test
    void retiredFactor18AIsQueriedFrom2024To25() {
        passes("8945Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "18B", "18C"))).build());
        var eighteenA = child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "3A", "18A"))).build();
        assertThat(fails("8945Q", eighteenA).message()).contains("records 18A (physical abuse), which is retired; record 18B (by another child) or 18C");
        assertThat(check("8945Q", census(new CensusYear(2024), eighteenA), AS_AT)).isEmpty();
    }

    @Test
    void retiredFactor19AIsQueriedFrom2024To25() {
        passes("8950Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "19C"))).build());
        fails("8950Q", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "19A"))).build());
    }

    @Test
    void anAssessmentWithoutAStartDateCannotBeWritten() {
        passes("B06", child().build());
        fails("B06", child().episode(e -> e.assessments(assessment(null, d("2025-12-10"), "3A"))).build());
    }

    @Test
    void aFactorCodeOutsideDfesListCannotBeWrittenButRetiredCodesCan() {
        passes("B07", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "18A", "24A"))).build());
        assertThat(fails("B07", child().episode(e -> e.assessments(assessment(d("2025-11-03"), d("2025-12-10"), "3A", "25A"))).build()).message())
                .contains("records 25A, not a factor code");
    }
}
