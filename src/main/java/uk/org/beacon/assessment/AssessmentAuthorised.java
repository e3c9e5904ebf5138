package uk.org.beacon.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A manager authorised a child and family assessment: it is complete (CIN census
 * {@code AssessmentAuthorisationDate}) and read-only from now on. {@code factors} are the CIN census
 * factor codes; {@code leadProfessional} names the early help lead professional (name and agency) when
 * the outcome is step-down, otherwise null.
 */
public record AssessmentAuthorised(UUID assessmentId, UUID childId, UUID referralId, LocalDate startedOn, LocalDate authorisedOn,
        List<String> factors, AssessmentOutcome outcome, String leadProfessional, String managerRationale, UUID authorisedBy) {}
