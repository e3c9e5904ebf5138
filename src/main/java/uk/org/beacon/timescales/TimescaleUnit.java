package uk.org.beacon.timescales;

/**
 * How a timescale is counted. Working days skip weekends and England and Wales bank holidays;
 * the calendar units (days, weeks, months, hours) ignore them and a deadline on a weekend is not
 * extended (practice reference section 2.4).
 */
public enum TimescaleUnit {
    WORKING_DAYS("Working days", "working day", "working days"),
    CALENDAR_DAYS("Calendar days", "day", "days"),
    WEEKS("Weeks", "week", "weeks"),
    MONTHS("Months", "month", "months"),
    HOURS("Hours", "hour", "hours");

    private final String label;
    private final String one;
    private final String many;

    TimescaleUnit(String label, String one, String many) {
        this.label = label;
        this.one = one;
        this.many = many;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    /** "15 working days", "1 week", "72 hours". */
    public String describe(int amount) {
        return amount + " " + (amount == 1 ? one : many);
    }
}
