package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child protection plan period with its categories, how it ended and the flags computed in the reporting view
 * (lasted two years or more; a second or subsequent plan, ever and within two years of the last ending).
 */
public record ChildProtectionPlanSummary(UUID id, UUID childId, UUID referralId, UUID conferenceId, UUID planId, LocalDate startedOn,
        String initialCategory, String latestCategory, int previousPlans, LocalDate endedOn, String endReason, StepDown stepDown,
        String leadProfessionalName, String leadProfessionalAgency, long version, boolean lastedTwoYearsOrMore, boolean secondOrSubsequent,
        boolean subsequentWithinTwoYears) {

    public boolean open() {
        return endedOn == null;
    }
}
