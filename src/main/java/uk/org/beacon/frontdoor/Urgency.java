package uk.org.beacon.frontdoor;

/** How urgent the referrer believes the concern is. */
public enum Urgency {
    ROUTINE("Routine"),
    URGENT("Urgent – same day"),
    IMMEDIATE("Immediate risk of harm");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
