package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child and family assessment ({@code Assessments}); factors only once authorised. */
public record CinAssessment(UUID assessmentId, LocalDate startDate, LocalDate authorisationDate, List<String> factors) {}
