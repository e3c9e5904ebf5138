package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One dated target of a measure: what applied from when, who set it, when and why. */
public record TargetChange(UUID id, String measureId, BigDecimal target, BigDecimal amberTolerance, LocalDate validFrom, Instant recordedAt,
        String who, String reason) {}
