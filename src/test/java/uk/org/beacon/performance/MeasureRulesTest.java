package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureRulesTest {

    private static final LocalDate AS_AT = LocalDate.of(2026, 2, 17);

    @Test
    void aMonthIsTheMonthToDateAndAQuarterAndAYearAreFinancialFromTheFirstOfApril() {
        assertThat(MeasureRules.period(PeriodType.MONTH, AS_AT)).isEqualTo(new Period(PeriodType.MONTH, LocalDate.of(2026, 2, 1), AS_AT, AS_AT));
        assertThat(MeasureRules.period(PeriodType.QUARTER, AS_AT).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(MeasureRules.period(PeriodType.QUARTER, LocalDate.of(2026, 6, 30)).from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(MeasureRules.period(PeriodType.QUARTER, LocalDate.of(2026, 11, 23)).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(MeasureRules.period(PeriodType.YEAR, AS_AT).from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(MeasureRules.period(PeriodType.YEAR, LocalDate.of(2026, 4, 1)).from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(MeasureRules.period(PeriodType.ROLLING_12_MONTHS, AS_AT).from()).isEqualTo(LocalDate.of(2025, 2, 18));
        assertThat(MeasureRules.period(PeriodType.SNAPSHOT, AS_AT)).isEqualTo(new Period(PeriodType.SNAPSHOT, AS_AT, AS_AT, AS_AT));
    }

    @Test
    void theTrendIsTwelveMonthEndsOldestFirstEndingWithTheDayItself() {
        List<Period> trend = MeasureRules.trend(PeriodType.MONTH, AS_AT);
        assertThat(trend).hasSize(12);
        assertThat(trend.get(0)).isEqualTo(new Period(PeriodType.MONTH, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31)));
        assertThat(trend.get(10).asAt()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(trend.get(11)).isEqualTo(MeasureRules.period(PeriodType.MONTH, AS_AT));
        assertThat(MeasureRules.trend(PeriodType.SNAPSHOT, AS_AT).get(0).asAt()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aPercentageIsRoundedToOnePlaceAndHasNoValueWithNothingToDivideBy() {
        assertThat(MeasureRules.value(MeasureUnit.PERCENT, 2, 3, null)).isEqualByComparingTo("66.7");
        assertThat(MeasureRules.value(MeasureUnit.PERCENT, 0, 0, null)).isNull();
        assertThat(MeasureRules.value(MeasureUnit.COUNT, 7, 9, null)).isEqualByComparingTo("7");
        assertThat(MeasureRules.value(MeasureUnit.MEDIAN_DAYS, 3, 3, new BigDecimal("12.25"))).isEqualByComparingTo("12.3");
        assertThat(MeasureRules.value(MeasureUnit.MEDIAN_DAYS, 0, 0, null)).isNull();
    }

    @Test
    void higherIsBetterIsGreenAtTheTargetAmberWithinTheToleranceBelowAndRedBeyond() {
        BigDecimal target = new BigDecimal("90");
        BigDecimal tolerance = new BigDecimal("5");
        assertThat(MeasureRules.rag(Polarity.HIGHER_IS_BETTER, target, tolerance, new BigDecimal("90"))).isEqualTo(Rag.GREEN);
        assertThat(MeasureRules.rag(Polarity.HIGHER_IS_BETTER, target, tolerance, new BigDecimal("85"))).isEqualTo(Rag.AMBER);
        assertThat(MeasureRules.rag(Polarity.HIGHER_IS_BETTER, target, tolerance, new BigDecimal("84.9"))).isEqualTo(Rag.RED);
        assertThat(MeasureRules.rag(Polarity.HIGHER_IS_BETTER, target, BigDecimal.ZERO, new BigDecimal("89.9"))).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterIsGreenAtOrUnderTheTargetAmberWithinTheToleranceAboveAndRedBeyond() {
        BigDecimal target = new BigDecimal("22.6");
        BigDecimal tolerance = new BigDecimal("2");
        assertThat(MeasureRules.rag(Polarity.LOWER_IS_BETTER, target, tolerance, new BigDecimal("15"))).isEqualTo(Rag.GREEN);
        assertThat(MeasureRules.rag(Polarity.LOWER_IS_BETTER, target, tolerance, new BigDecimal("24.6"))).isEqualTo(Rag.AMBER);
        assertThat(MeasureRules.rag(Polarity.LOWER_IS_BETTER, target, tolerance, new BigDecimal("24.7"))).isEqualTo(Rag.RED);
    }

    @Test
    void withoutATargetOrAValueThereIsNoRag() {
        assertThat(MeasureRules.rag(Polarity.LOWER_IS_BETTER, null, BigDecimal.ONE, BigDecimal.TEN)).isEqualTo(Rag.NONE);
        assertThat(MeasureRules.rag(Polarity.HIGHER_IS_BETTER, BigDecimal.TEN, BigDecimal.ONE, null)).isEqualTo(Rag.NONE);
    }

    @Test
    void theDirectionFollowsThePolarity() {
        assertThat(MeasureRules.direction(Polarity.HIGHER_IS_BETTER, BigDecimal.ONE, BigDecimal.TEN)).isEqualTo("Improving");
        assertThat(MeasureRules.direction(Polarity.LOWER_IS_BETTER, BigDecimal.ONE, BigDecimal.TEN)).isEqualTo("Getting worse");
        assertThat(MeasureRules.direction(Polarity.LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.TEN)).isEqualTo("No change");
        assertThat(MeasureRules.direction(Polarity.LOWER_IS_BETTER, null, BigDecimal.TEN)).isEqualTo("No comparison");
    }

    @Test
    void aNewlyQualifiedPartTimeWorkerHoldsTheirProtectedShareOfTheirHours() {
        assertThat(WorkloadRules.capacity(new BigDecimal("18"), new BigDecimal("1.00"), false, new BigDecimal("0.8"))).isEqualByComparingTo("18.0");
        assertThat(WorkloadRules.capacity(new BigDecimal("18"), new BigDecimal("0.50"), true, new BigDecimal("0.8"))).isEqualByComparingTo("7.2");
    }

    @Test
    void theMeasuresSqlParametersAreBoundWithoutTouchingCasts() {
        assertThat(Scorecards.bind("x BETWEEN :from AND :to AND y <= :asAt AND z::date = :asAt", "A", "B", "C"))
                .isEqualTo("x BETWEEN A AND B AND y <= C AND z::date = C");
    }

    @Test
    void aTargetChangeNeedsTwoNumbersNotNegativeAPercentageUpTo100ForPercentMeasuresAndAReason() {
        assertThat(MeasureRules.targetErrors(MeasureUnit.PERCENT, "85", "5", "Board agreed a higher bar")).isEmpty();
        assertThat(MeasureRules.targetErrors(MeasureUnit.PERCENT, "100", "0", "All of them")).isEmpty();
        assertThat(MeasureRules.targetErrors(MeasureUnit.PERCENT, "", "", " ")).containsOnlyKeys("target", "amberTolerance", "reason")
                .containsEntry("target", "Enter the target, for example 80")
                .containsEntry("amberTolerance", "Enter the amber tolerance, 0 for none")
                .containsEntry("reason", "Enter why the target is changing");
        assertThat(MeasureRules.targetErrors(MeasureUnit.PERCENT, "eighty", "5", "x"))
                .containsExactly(java.util.Map.entry("target", "Enter the target as a number, for example 80"));
        assertThat(MeasureRules.targetErrors(MeasureUnit.PERCENT, "-1", "-0.5", "x"))
                .containsEntry("target", "The target cannot be negative").containsEntry("amberTolerance", "The amber tolerance cannot be negative");
        assertThat(MeasureRules.targetErrors(MeasureUnit.PERCENT, "100.1", "101", "x"))
                .containsEntry("target", "Enter the target as a percentage from 0 to 100")
                .containsEntry("amberTolerance", "Enter the amber tolerance as a percentage from 0 to 100");
        assertThat(MeasureRules.targetErrors(MeasureUnit.COUNT, "250", "20", "More contacts expected")).isEmpty();
        assertThat(MeasureRules.targetErrors(MeasureUnit.MEDIAN_DAYS, "120.5", "0", "Tighter")).isEmpty();
        assertThat(MeasureRules.targetErrors(MeasureUnit.MEDIAN_DAYS, "-3", "0", "x")).containsOnlyKeys("target");
        assertThat(MeasureRules.number(" 12.5 ")).isEqualByComparingTo("12.5");
        assertThat(MeasureRules.number("12,5")).isNull();
        assertThat(MeasureRules.number(null)).isNull();
    }

    @Test
    void aNewTargetMovesTheRagOfTheSameValue() {
        BigDecimal value = new BigDecimal("72.0");
        assertThat(MeasureRules.rag(Polarity.HIGHER_IS_BETTER, new BigDecimal("70"), new BigDecimal("5"), value)).isEqualTo(Rag.GREEN);
        assertThat(MeasureRules.rag(Polarity.HIGHER_IS_BETTER, new BigDecimal("75"), new BigDecimal("5"), value)).isEqualTo(Rag.AMBER);
        assertThat(MeasureRules.rag(Polarity.HIGHER_IS_BETTER, new BigDecimal("80"), new BigDecimal("5"), value)).isEqualTo(Rag.RED);
        assertThat(MeasureRules.rag(Polarity.LOWER_IS_BETTER, new BigDecimal("70"), new BigDecimal("5"), value)).isEqualTo(Rag.AMBER);
        assertThat(MeasureRules.rag(Polarity.LOWER_IS_BETTER, new BigDecimal("75"), new BigDecimal("5"), value)).isEqualTo(Rag.GREEN);
    }
}
