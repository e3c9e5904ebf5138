package uk.org.beacon.frontdoor;

/** A consultation (advice for the caller) or a request for a service for the child. */
public enum RequestType {
    CONSULTATION("Consultation only"),
    SERVICE("Request for a service");

    private final String label;

    RequestType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
