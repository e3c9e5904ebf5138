package uk.org.beacon.timescales;

/**
 * A timescale as this authority applies it: the national default ({@code nationalAmount},
 * {@code nationalUnit}, {@code nationalDayZero}) and, where the authority has set one, its local
 * override with the reason and the recorded decision ({@code decisionReference}) behind it.
 * {@code amount}, {@code unit} and {@code dayZero} are what the clocks use. A repeating rule (visits,
 * reviews) runs from the last actual event, not from the previous due date. {@code version} changes
 * with every local change, for optimistic locking.
 */
public record TimescaleRule(String id, String title, String startEvent, String stopEvent, int amount, TimescaleUnit unit,
        boolean repeating, boolean statutory, String source, int nationalAmount, TimescaleUnit nationalUnit,
        String overrideReason, DayZero dayZero, DayZero nationalDayZero, String decisionReference, long version) {

    public boolean overridden() {
        return overrideReason != null;
    }

    /** What the clocks use, e.g. "20 working days". */
    public String deadline() {
        return unit.describe(amount);
    }

    /** The national default, e.g. "15 working days". */
    public String nationalDeadline() {
        return nationalUnit.describe(nationalAmount);
    }
}
