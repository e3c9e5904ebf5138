package uk.org.beacon.childinneed;

import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.assessment.AssessmentAuthorised;
import uk.org.beacon.assessment.AssessmentOutcome;
import uk.org.beacon.assessment.AssessmentStarted;
import uk.org.beacon.childprotection.Section47EnquiryConcluded;
import uk.org.beacon.childprotection.conference.InitialConferenceHeld;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanEnded;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanStarted;
import uk.org.beacon.childprotection.plan.StepDown;
import uk.org.beacon.childprotection.Section47EnquiryStarted;
import uk.org.beacon.frontdoor.ReferralAccepted;

/**
 * Where an episode's contents come from: referrals open or join episodes; assessments and section 47
 * enquiries become its activity as they start and finish. An assessment that concludes with a child in
 * need plan prompts the worker to start it; a step-down records the named lead professional, who must
 * accept before the episode can close.
 */
@Component
class EpisodeListeners {

    private final Episodes episodes;
    private final ChildInNeedPlans childInNeedPlans;
    private final Staff staff;

    EpisodeListeners(Episodes episodes, ChildInNeedPlans childInNeedPlans, Staff staff) {
        this.episodes = episodes;
        this.childInNeedPlans = childInNeedPlans;
        this.staff = staff;
    }

    @ApplicationModuleListener
    void on(ReferralAccepted e) {
        episodes.referralAccepted(e.referralId(), e.childId(), e.referralDate(), e.referralSource());
    }

    @ApplicationModuleListener
    void on(AssessmentStarted e) {
        episodes.activity("ASSESSMENT", e.assessmentId(), e.childId(), e.referralId(), e.startedOn(), null, null, null, null, null, null);
    }

    @ApplicationModuleListener
    void on(AssessmentAuthorised e) {
        episodes.activity("ASSESSMENT", e.assessmentId(), e.childId(), e.referralId(), e.startedOn(), e.authorisedOn(),
                e.outcome() == null ? null : e.outcome().name(), e.factors(), null, null, e.leadProfessional());
        if (e.outcome() == AssessmentOutcome.CHILD_IN_NEED_PLAN) {
            episodes.promptPlan(e.childId(), e.referralId(), e.startedOn(), e.assessmentId());
        } else if (e.outcome() == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP) {
            episodes.stepDownAgreed(e.childId(), e.referralId(), e.startedOn(), e.leadProfessional());
        }
    }

    @ApplicationModuleListener
    void on(Section47EnquiryStarted e) {
        episodes.activity("SECTION_47", e.enquiryId(), e.childId(), e.referralId(), e.startedOn(), null, null, null, null,
                e.initialConferenceDue(), null);
    }

    @ApplicationModuleListener
    void on(Section47EnquiryConcluded e) {
        boolean finished = e.conferenceNotRequired();
        episodes.activity("SECTION_47", e.enquiryId(), e.childId(), e.referralId(), e.startedOn(), finished ? e.concludedOn() : null,
                e.outcome() == null ? null : e.outcome().name(), null, finished, e.initialConferenceDue(), null);
    }

    /** The enquiry's initial conference was held: the enquiry is finished in the episode (CIN census 8868). */
    @ApplicationModuleListener
    void on(InitialConferenceHeld e) {
        episodes.activityEnded("SECTION_47", e.enquiryId(), e.heldOn());
    }

    /**
     * A child protection plan started: it is activity in the episode, a child in need plan still open ends that day (stepped
     * up), and no child in need plan starts while it runs.
     */
    @ApplicationModuleListener
    void on(ChildProtectionPlanStarted e) {
        episodes.activity("CP_PLAN", e.planId(), e.childId(), e.referralId(), e.startedOn(), null, e.category(), null, null, null, null);
        // ended as the worker who holds the child in need plan, whose access to the record it needs
        childInNeedPlans.openPlanHolder(e.childId()).flatMap(staff::find).ifPresent(holder ->
                as(holder, () -> childInNeedPlans.steppedUp(e.childId(), e.startedOn())));
    }

    /** A child protection plan ended: its activity ends; a step-down to a child in need plan prompts the worker to start it. */
    @ApplicationModuleListener
    void on(ChildProtectionPlanEnded e) {
        episodes.activityEnded("CP_PLAN", e.planId(), e.endedOn());
        if (e.stepDown() == StepDown.CIN_PLAN) {
            episodes.promptPlan(e.childId(), e.referralId(), e.endedOn(), e.planId());
        }
    }

    /** Work Beacon does on a practice event on behalf of the member of staff it concerns. */
    private static void as(StaffSummary holder, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(holder.username(), null,
                holder.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
