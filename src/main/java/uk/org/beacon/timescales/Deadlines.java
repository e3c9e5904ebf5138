package uk.org.beacon.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import uk.org.beacon.calendar.WorkingDays;

/**
 * The arithmetic of every clock, from parameters only (no hidden "now"). Working-day rules such as
 * T2 (45 working days) count with {@link WorkingDays}: day 0 is the start day, even on a weekend or
 * bank holiday. Calendar rules ignore weekends and are never extended: a week is 7 days, and "N
 * months" is the same day of the month N months later, clipped to that month's end (30 November +
 * 3 months = 28 or 29 February; T8, T11a). Hours (T14, 72 hours) count elapsed time in UK time; on
 * a date-only clock they round up to whole days (72 hours from a return on Monday is due Thursday).
 * Where an authority counts "from and including" the start day, the deadline is one day earlier.
 */
final class Deadlines {

    /** How far either side of the reference day a proposed setting is compared with the national default. */
    private static final int COMPARE_YEARS_BEFORE = 1;
    private static final int COMPARE_YEARS_AFTER = 2;

    private final WorkingDays workingDays;
    private final ZoneId zone;

    Deadlines(WorkingDays workingDays, ZoneId zone) {
        this.workingDays = workingDays;
        this.zone = zone;
    }

    LocalDate due(TimescaleRule rule, LocalDate start) {
        return due(rule.unit(), rule.amount(), rule.dayZero(), start);
    }

    LocalDate due(TimescaleUnit unit, int amount, DayZero dayZero, LocalDate start) {
        Objects.requireNonNull(start, "start");
        boolean includingStart = dayZero == DayZero.INCLUDING_START_DAY && amount > 0;
        return switch (unit) {
            case WORKING_DAYS -> workingDays.addWorkingDays(start,
                    includingStart && workingDays.isWorkingDay(start) ? amount - 1 : amount);
            case CALENDAR_DAYS -> start.plusDays(includingStart ? amount - 1 : amount);
            case WEEKS -> start.plusDays(7L * amount - (includingStart ? 1 : 0));
            case MONTHS -> includingStart ? max(start, start.plusMonths(amount).minusDays(1)) : start.plusMonths(amount);
            case HOURS -> start.plusDays((amount + 23) / 24);
        };
    }

    /** The moment an hours rule falls due (elapsed hours, so a clock change is allowed for); other rules at the end of the due day. */
    LocalDateTime dueAt(TimescaleRule rule, LocalDateTime start) {
        Objects.requireNonNull(start, "start");
        if (rule.unit() == TimescaleUnit.HOURS) {
            return start.atZone(zone).plusHours(rule.amount()).toLocalDateTime();
        }
        return due(rule, start.toLocalDate()).atTime(23, 59, 59);
    }

    /**
     * The clock as it stood on {@code asAt}. A stop event after {@code asAt} had not happened yet on
     * that day, so it is ignored: any past day's picture can be reproduced.
     */
    ClockReading read(TimescaleRule rule, LocalDate start, LocalDate stoppedOn, LocalDate asAt) {
        Objects.requireNonNull(asAt, "asAt");
        LocalDate due = due(rule, start);
        boolean stopped = stoppedOn != null && !stoppedOn.isAfter(asAt);
        LocalDate on = stopped ? stoppedOn : asAt;
        int spare = spare(rule.unit(), on, due);
        ClockState state;
        if (stopped) {
            state = on.isAfter(due) ? ClockState.MET_LATE : ClockState.MET;
        } else {
            state = on.isBefore(due) ? ClockState.RUNNING : on.isEqual(due) ? ClockState.DUE_TODAY : ClockState.OVERDUE;
        }
        return new ClockReading(rule.id(), start, due, stopped ? stoppedOn : null, state, spare, on.isAfter(due) ? -spare : 0, asAt);
    }

    /**
     * A clock that may have been paused (for example while a child is in hospital or the family has
     * moved abroad): the due date moves out by the time paused, counted in the rule's own measure
     * (working days for working-day rules, calendar days otherwise). Only what had happened by
     * {@code asAt} counts; a pause still open on {@code asAt} keeps moving the due date day by day,
     * so the days remaining stand still while paused.
     */
    PausedReading read(TimescaleRule rule, LocalDate start, LocalDate stoppedOn, List<Pause> pauses, LocalDate asAt) {
        Objects.requireNonNull(asAt, "asAt");
        boolean stopped = stoppedOn != null && !stoppedOn.isAfter(asAt);
        LocalDate on = stopped ? stoppedOn : asAt;
        int shift = 0;
        int pausedDays = 0;
        boolean pausedNow = false;
        for (Pause pause : pauses) {
            if (pause.from().isAfter(on)) {
                continue;
            }
            boolean resumed = pause.resumedOn() != null && !pause.resumedOn().isAfter(on);
            LocalDate end = resumed ? pause.resumedOn() : on;
            pausedNow |= !resumed && !stopped;
            pausedDays += Math.toIntExact(ChronoUnit.DAYS.between(pause.from(), end));
            shift += rule.unit() == TimescaleUnit.WORKING_DAYS
                    ? workingDays.workingDaysBetween(pause.from(), end)
                    : Math.toIntExact(ChronoUnit.DAYS.between(pause.from(), end));
        }
        LocalDate due = due(rule, start);
        due = rule.unit() == TimescaleUnit.WORKING_DAYS ? workingDays.addWorkingDays(due, shift) : due.plusDays(shift);
        int spare = spare(rule.unit(), on, due);
        ClockState state;
        if (stopped) {
            state = on.isAfter(due) ? ClockState.MET_LATE : ClockState.MET;
        } else {
            state = on.isBefore(due) ? ClockState.RUNNING : on.isEqual(due) ? ClockState.DUE_TODAY : ClockState.OVERDUE;
        }
        ClockReading reading = new ClockReading(rule.id(), start, due, stopped ? stoppedOn : null, state, spare,
                on.isAfter(due) ? -spare : 0, asAt);
        return new PausedReading(reading, pausedNow, pausedDays);
    }

    /** A pause of a clock: from a day until the day it resumed ({@code resumedOn} null while still paused). */
    record Pause(LocalDate from, LocalDate resumedOn) {}

    /** A reading with what the pauses did to it. */
    record PausedReading(ClockReading reading, boolean pausedNow, int pausedDays) {}

    /**
     * Would this setting ever give a later deadline than the national default? Compared day by day
     * over the years around {@code around}, with the bank holidays held, so that units can differ
     * (13 weeks is later than 3 months for a start on 30 November).
     */
    boolean later(TimescaleRule national, TimescaleUnit unit, int amount, DayZero dayZero, LocalDate around) {
        if (unit == TimescaleUnit.HOURS && national.nationalUnit() == TimescaleUnit.HOURS) {
            return amount > national.nationalAmount();
        }
        LocalDate last = around.plusYears(COMPARE_YEARS_AFTER);
        for (LocalDate start = around.minusYears(COMPARE_YEARS_BEFORE); !start.isAfter(last); start = start.plusDays(1)) {
            LocalDate proposed = due(unit, amount, dayZero, start);
            LocalDate nationally = due(national.nationalUnit(), national.nationalAmount(), national.nationalDayZero(), start);
            if (proposed.isAfter(nationally)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Days to spare from {@code on} to {@code due}, negative when late. For working-day rules a day
     * late on a weekend or bank holiday still counts as one day late, never zero.
     */
    private int spare(TimescaleUnit unit, LocalDate on, LocalDate due) {
        if (unit != TimescaleUnit.WORKING_DAYS) {
            return Math.toIntExact(ChronoUnit.DAYS.between(on, due));
        }
        int working = workingDays.workingDaysBetween(on, due);
        return on.isAfter(due) && working == 0 ? -1 : working;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
