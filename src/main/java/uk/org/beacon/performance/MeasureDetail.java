package uk.org.beacon.performance;

import java.util.List;

/** A measure's page: the figure with its trend, the items behind it, and the figure split by category. */
public record MeasureDetail(MeasureResult result, List<MeasureItem> items, List<CategoryCount> breakdown) {}
