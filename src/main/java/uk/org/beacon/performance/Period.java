package uk.org.beacon.performance;

import java.time.LocalDate;

/** A period a measure is computed over, from and to inclusive (UK dates), read as at a day. */
public record Period(PeriodType type, LocalDate from, LocalDate to, LocalDate asAt) {

    public String label() {
        return type == PeriodType.SNAPSHOT ? "On " + asAt : from + " to " + to;
    }
}
