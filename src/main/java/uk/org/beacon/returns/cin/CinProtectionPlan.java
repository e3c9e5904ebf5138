package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child protection plan ({@code ChildProtectionPlans}) with its review conference dates. */
public record CinProtectionPlan(UUID cpPlanId, LocalDate startDate, LocalDate endDate, String initialCategory, String latestCategory,
        Integer previousPlans, List<LocalDate> reviewDates) {}
