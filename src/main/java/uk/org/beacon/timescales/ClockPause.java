package uk.org.beacon.timescales;

import java.time.LocalDate;

/** A pause of a clock: from a day until it resumed ({@code resumedOn} empty while still paused), and why. */
public record ClockPause(LocalDate pausedFrom, LocalDate resumedOn, String reason) {}
