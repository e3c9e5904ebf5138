package uk.org.beacon.childprotection.conference;

/** Where a conference is: waiting for the chair to arrange it, arranged for a day, held, or cancelled with a reason. */
public enum ConferenceStatus {
    TO_BE_ARRANGED("To be arranged"),
    SCHEDULED("Arranged"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    ConferenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
