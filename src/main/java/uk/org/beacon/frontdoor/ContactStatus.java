package uk.org.beacon.frontdoor;

/** Where a contact is: waiting in the screening queue, decided, or filed as information only. */
public enum ContactStatus {
    AWAITING_SCREENING("Awaiting screening"),
    AWAITING_AUTHORISATION("Decision awaiting a manager's agreement"),
    DECIDED("Decided"),
    FILED_AS_INFORMATION("Filed as information");

    private final String label;

    ContactStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
