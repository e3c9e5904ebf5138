package uk.org.beacon.planning;

/** Where an action stands, as the worker records it with a progress note. */
public enum PlanActionStatus {
    OPEN("Not started"),
    ON_TRACK("On track"),
    DONE("Done"),
    NOT_DONE("Not done");

    private final String label;

    PlanActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
