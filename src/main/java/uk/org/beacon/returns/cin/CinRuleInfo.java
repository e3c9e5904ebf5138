package uk.org.beacon.returns.cin;

/** One rule of the catalogue as the returns pages list it. */
public record CinRuleInfo(String rule, CinRuleKind kind, String description) {}
