package uk.org.beacon.performance;

/** A measure's items split by their category (decision, source, rule, late reason...). */
public record CategoryCount(String category, long numerator, long denominator) {}
