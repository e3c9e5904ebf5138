package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.beacon.timescales.ClockState;
import uk.org.beacon.timescales.ClockSummary;

class WorklistRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private static ClockSummary clock(LocalDate due, ClockState state, int remaining, int late) {
        return new ClockSummary(UUID.randomUUID(), "T10", "Visit a child on a child in need plan", UUID.randomUUID(), "VISITS", UUID.randomUUID(),
                due.minusDays(28), due, null, state, remaining, late, false, 0, null, null, null, null, 0, MONDAY);
    }

    @Test
    void overdueClocksComeFirstThenDueTodayThenTheNextSevenDaysThenLater() {
        ClockSummary overdue = clock(MONDAY.minusDays(3), ClockState.OVERDUE, -1, 1);
        ClockSummary today = clock(MONDAY, ClockState.DUE_TODAY, 0, 0);
        ClockSummary friday = clock(MONDAY.plusDays(4), ClockState.RUNNING, 4, 0);
        ClockSummary nextMonday = clock(MONDAY.plusDays(7), ClockState.RUNNING, 5, 0);
        ClockSummary later = clock(MONDAY.plusDays(8), ClockState.RUNNING, 6, 0);

        List<List<ClockSummary>> groups = WorklistRules.grouped(List.of(later, friday, today, nextMonday, overdue), c -> c, MONDAY);

        assertThat(groups.get(0)).containsExactly(overdue);
        assertThat(groups.get(1)).containsExactly(today);
        assertThat(groups.get(2)).containsExactly(friday, nextMonday);
        assertThat(groups.get(3)).containsExactly(later);
    }

    @Test
    void eachClockSaysHowLongIsLeftInItsRulesOwnMeasure() {
        assertThat(WorklistRules.when(clock(MONDAY.minusDays(3), ClockState.OVERDUE, -1, 1), true)).isEqualTo("Overdue by 1 working day");
        assertThat(WorklistRules.when(clock(MONDAY.minusDays(9), ClockState.OVERDUE, -7, 7), false)).isEqualTo("Overdue by 7 days");
        assertThat(WorklistRules.when(clock(MONDAY, ClockState.DUE_TODAY, 0, 0), true)).isEqualTo("Due today");
        assertThat(WorklistRules.when(clock(MONDAY.plusDays(4), ClockState.RUNNING, 4, 0), true)).isEqualTo("4 working days left");
    }
}
