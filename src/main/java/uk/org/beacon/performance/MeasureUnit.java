package uk.org.beacon.performance;

/** How a measure's value is worked out from its items. */
public enum MeasureUnit {
    /** 100 x numerator / denominator. */
    PERCENT,
    /** The numerator: how many items. */
    COUNT,
    /** The median of the items' value (days) over the numerator. */
    MEDIAN_DAYS
}
