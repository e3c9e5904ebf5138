package uk.org.beacon.frontdoor;

/** Whether the family consented to the contact being made (or why consent was not sought). */
public enum Consent {
    GIVEN("Consent given"),
    NOT_SOUGHT("Consent not sought"),
    REFUSED("Consent refused");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
