package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One dated change to a workload weight or capacity setting: the value, the day it applies from, who changed it and why. */
public record WorkloadChange(String what, BigDecimal value, LocalDate validFrom, String who, String reason) {}
