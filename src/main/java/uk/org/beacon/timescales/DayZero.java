package uk.org.beacon.timescales;

/**
 * Which day a clock counts from. Nationally the start event's day is day 0 (practice reference
 * section 2.3); some authorities count their visiting standards (T9, T10) "from and including" the
 * visit day, one day stricter, and may choose that as a local setting.
 */
public enum DayZero {
    START_DAY("The start day is day 0"),
    INCLUDING_START_DAY("The start day counts as day 1 (one day stricter)");

    private final String label;

    DayZero(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }
}
