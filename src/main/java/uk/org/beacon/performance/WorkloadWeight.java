package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A kind of work with its weight, and how Beacon recognises it from the records (rules' clocks, person kind). */
public record WorkloadWeight(UUID id, String kind, String label, BigDecimal weight, List<String> ruleIds, String personKind, String recognised,
        long version) {}
