package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child protection plan period with its categories, how it ended and the flags (lasted two years or more, as at
 * today by the injected clock; a second or subsequent plan, ever and within two years of the last ending). A plan started by a transfer-in conference names
 * the authority the child came from and when the plan started there; a plan transferred out names the receiving
 * authority and the date of its transfer-in conference (the day the plan ended here).
 */
public record ChildProtectionPlanSummary(UUID id, UUID childId, UUID referralId, UUID conferenceId, UUID planId, LocalDate startedOn,
        String initialCategory, String latestCategory, int previousPlans, LocalDate endedOn, String endReason, StepDown stepDown,
        String leadProfessionalName, String leadProfessionalAgency, long version, boolean lastedTwoYearsOrMore, boolean secondOrSubsequent,
        boolean subsequentWithinTwoYears, String transferredInFrom, LocalDate transferredInPlanStartedOn, String transferredTo,
        LocalDate transferredToConferenceOn) {

    public boolean open() {
        return endedOn == null;
    }

    public boolean transferredIn() {
        return transferredInFrom != null;
    }

    public ChildProtectionPlanRules.Status status() {
        return endedOn == null ? ChildProtectionPlanRules.Status.RUNNING
                : stepDown == StepDown.TRANSFERRED ? ChildProtectionPlanRules.Status.TRANSFERRED_OUT : ChildProtectionPlanRules.Status.ENDED;
    }
}
