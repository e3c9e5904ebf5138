package uk.org.beacon.performance;

/** A data-quality rule as data: what is checked, the SQL listing the items checked with whether each passes, and how to fix a failure. */
public record QualityRule(String id, String title, String description, String checkSql, String fixHint) {}
