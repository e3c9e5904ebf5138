package uk.org.beacon.performance;

/**
 * Red, amber or green against the target, always shown with its words (never colour alone), in
 * GOV.UK tag colours.
 */
public enum Rag {
    GREEN("On target", "govuk-tag--green"),
    AMBER("Close to target", "govuk-tag--yellow"),
    RED("Off target", "govuk-tag--red"),
    NONE("No target", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    Rag(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
