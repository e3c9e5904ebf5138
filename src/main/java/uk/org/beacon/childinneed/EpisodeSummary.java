package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's episode of need (CIN census {@code CINdetails}): the referral that opened it, its primary
 * need, further referrals that joined it, what happened in it in date order, whether the assessment
 * asked for a child in need plan to be started ({@code startPlanPrompted}), the early help lead
 * professional named at step-down and whether they accepted, and its closure.
 */
public record EpisodeSummary(UUID id, UUID childId, UUID referralId, LocalDate referralDate, String referralSource, String referralSourceLabel,
        String primaryNeed, String primaryNeedLabel, LocalDate closedOn, String closureReason, String closureReasonLabel,
        String leadProfessionalName, String leadProfessionalAgency, LocalDate leadProfessionalAcceptedOn, boolean startPlanPrompted,
        boolean stepDownAgreed, long version, List<EpisodeReferral> referrals, List<EpisodeActivitySummary> activity) {

    public boolean open() {
        return closedOn == null;
    }

    public boolean hasOpenActivity(String kind) {
        return activity.stream().anyMatch(a -> a.kind().equals(kind) && a.open());
    }
}
