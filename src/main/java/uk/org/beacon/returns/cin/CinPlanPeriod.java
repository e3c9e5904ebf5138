package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.util.UUID;

/** A child in need plan's dates ({@code CINPlanDates}). */
public record CinPlanPeriod(UUID cinPlanId, LocalDate startDate, LocalDate endDate) {}
