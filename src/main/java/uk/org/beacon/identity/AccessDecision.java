package uk.org.beacon.identity;

/**
 * Whether the signed-in person may open a record, and how. {@code RESTRICTED} means the record
 * exists but is restricted: the person may break the glass with a recorded reason.
 */
public record AccessDecision(Outcome outcome, boolean restricted, boolean throughBrokenGlass, boolean mayEdit) {

    public enum Outcome { ALLOWED, RESTRICTED, DENIED }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    static AccessDecision denied() {
        return new AccessDecision(Outcome.DENIED, false, false, false);
    }
}
