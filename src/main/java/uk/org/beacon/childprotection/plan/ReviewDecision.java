package uk.org.beacon.childprotection.plan;

/** What a child protection review conference decided. */
public enum ReviewDecision {
    CONTINUE("The plan continues"),
    END("The plan ends");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
