package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.util.UUID;

/** A kind of work with its weight (as in force on a day), and how Beacon recognises it from the practice modules' reporting views. */
public record WorkloadWeight(UUID id, String kind, String label, BigDecimal weight, String recognised, long version) {}
