package uk.org.beacon.performance;

/** The period a measure covers, ending on the day it is read as at. Years and quarters are financial (from 1 April). */
public enum PeriodType {
    MONTH("Month to date"),
    QUARTER("Quarter to date"),
    YEAR("Year to date (from 1 April)"),
    ROLLING_12_MONTHS("Rolling 12 months"),
    SNAPSHOT("On the day");

    private final String label;

    PeriodType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
