package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.org.beacon.timescales.ClockState;
import uk.org.beacon.timescales.ClockSummary;

/**
 * How a worklist groups and words running clocks: overdue first, then due on the day read, then
 * due within the next seven days ("this week"), then later. Everything is relative to the day the
 * list is read as at, so a past day's list reads as it did then.
 */
final class WorklistRules {

    static final int THIS_WEEK_DAYS = 7;

    private WorklistRules() {}

    enum Group { OVERDUE, DUE_TODAY, THIS_WEEK, LATER }

    static Group group(ClockSummary clock, LocalDate asAt) {
        if (clock.state() == ClockState.OVERDUE || clock.due().isBefore(asAt)) {
            return Group.OVERDUE;
        }
        if (clock.due().isEqual(asAt)) {
            return Group.DUE_TODAY;
        }
        return clock.due().isAfter(asAt.plusDays(THIS_WEEK_DAYS)) ? Group.LATER : Group.THIS_WEEK;
    }

    static <T> List<List<T>> grouped(List<T> rows, java.util.function.Function<T, ClockSummary> clockOf, LocalDate asAt) {
        List<List<T>> groups = new ArrayList<>();
        for (int i = 0; i < Group.values().length; i++) {
            groups.add(new ArrayList<>());
        }
        rows.stream().sorted(Comparator.comparing((T r) -> clockOf.apply(r).daysRemaining()).thenComparing(r -> clockOf.apply(r).due()))
                .forEach(r -> groups.get(group(clockOf.apply(r), asAt).ordinal()).add(r));
        return groups;
    }

    /** "Overdue by 3 working days", "Due today", "4 working days left": in the rule's own measure. */
    static String when(ClockSummary clock, boolean workingDays) {
        String unit = workingDays ? "working day" : "day";
        if (clock.state() == ClockState.OVERDUE) {
            return "Overdue by " + plural(clock.daysLate(), unit);
        }
        if (clock.state() == ClockState.DUE_TODAY || clock.daysRemaining() == 0) {
            return "Due today";
        }
        return plural(clock.daysRemaining(), unit) + " left";
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
