package uk.org.beacon.childinneed;

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
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;

/**
 * Where an episode's contents come from: referrals open or join episodes; assessments and section 47
 * enquiries become its activity as they start and finish. An assessment that concludes with a child in
 * need plan prompts the worker to start it (a child protection plan stepping down starts it); a step-down to
 * early help records the named lead professional, who must accept before the episode can close.
 */
@Component
class EpisodeListeners {

    private final Episodes episodes;
    private final ChildInNeedPlans cinPlans;
    private final CurrentStaff currentStaff;

    EpisodeListeners(Episodes episodes, ChildInNeedPlans cinPlans, CurrentStaff currentStaff) {
        this.episodes = episodes;
        this.cinPlans = cinPlans;
        this.currentStaff = currentStaff;
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
        cinPlans.openPlanHolder(e.childId()).ifPresent(holder -> currentStaff.actingAs(holder, Role.SOCIAL_WORKER, () -> {
            cinPlans.steppedUp(e.childId(), e.startedOn());
            return null;
        }));
    }

    /**
     * A child protection plan ended: its activity ends; a step-down to a child in need plan starts that plan on the
     * same day (or prompts the worker when it cannot start); a step-down to early help records the named lead
     * professional, who must accept before the episode closes. A transfer to another authority only ends the
     * activity: the episode can then close with RC5.
     */
    @ApplicationModuleListener
    void on(ChildProtectionPlanEnded e) {
        episodes.activityEnded("CP_PLAN", e.planId(), e.endedOn());
        if (e.stepDown() == StepDown.CIN_PLAN) {
            currentStaff.actingAs(e.endedBy(), Role.CP_CHAIR, () -> {
                cinPlans.startOnStepDown(e.childId(), e.referralId(), e.endedOn(), e.planId(), e.endedBy());
                return null;
            });
        } else if (e.stepDown() == StepDown.EARLY_HELP && e.leadProfessionalName() != null) {
            episodes.leadProfessionalNamed(e.childId(), e.referralId(), e.endedOn(), "CP_PLAN", e.planId(), e.leadProfessionalName(),
                    e.leadProfessionalAgency());
        }
    }
}
