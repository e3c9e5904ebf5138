package uk.org.beacon.timescales;

import java.time.Instant;
import java.util.UUID;

/**
 * One local setting of a timescale, current or past: what it was, why, on whose decision, who set
 * it and when, and when and why it stopped applying. Overrides are superseded, never deleted.
 */
public record LocalOverride(String ruleId, int amount, TimescaleUnit unit, DayZero dayZero, String reason,
        String decisionReference, UUID setBy, Instant setAt, Instant supersededAt, UUID supersededBy, String supersededReason) {

    public String deadline() {
        return unit.describe(amount);
    }

    public boolean current() {
        return supersededAt == null;
    }
}
