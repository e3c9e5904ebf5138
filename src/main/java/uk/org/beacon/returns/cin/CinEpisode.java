package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An episode of need ({@code CINdetails}): referral to closure. {@code dateOfInitialCpc} is the
 * episode-level ICPC date, used only for a conference with no section 47 group in the return.
 * Lists hold the activity that belongs to the census year, in date order.
 */
public record CinEpisode(UUID episodeId, LocalDate referralDate, String referralSource, String primaryNeed, LocalDate closureDate,
        String closureReason, LocalDate dateOfInitialCpc, List<CinAssessment> assessments, List<CinPlanPeriod> cinPlans,
        List<CinSection47> section47s, boolean referralNfa, List<CinProtectionPlan> protectionPlans) {}
