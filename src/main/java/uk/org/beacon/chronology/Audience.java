package uk.org.beacon.chronology;

/**
 * Who a printed chronology is for. The court's copy is complete; the family's copy withholds what
 * the worker marked as information about other people (third-party information).
 */
public enum Audience {
    COURT("the court"),
    FAMILY("the family");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Audience parse(String value) {
        return value != null && value.trim().equalsIgnoreCase("family") ? FAMILY : COURT;
    }
}
