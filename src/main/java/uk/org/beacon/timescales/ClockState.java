package uk.org.beacon.timescales;

/** Where a timescale clock stands on a given day: still running, due that day, missed, or stopped in or out of time. */
public enum ClockState {
    RUNNING, DUE_TODAY, OVERDUE, MET, MET_LATE
}
