package uk.org.beacon.performance;

import java.math.BigDecimal;

/** A capacity setting as it stands today (full-time capacity, newly qualified share), with its version for editing. */
public record WorkloadSetting(String key, String label, BigDecimal value, long version) {}
