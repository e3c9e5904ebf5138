package uk.org.beacon.performance;

import java.util.UUID;

/** One thing to put right: the rule it fails, the record, and where to fix it. */
public record QualityFix(String ruleId, String ruleTitle, String fixHint, UUID itemId, UUID childId, String label, String link) {}
