/**
 * Children in need: the child's episodes of need (CIN census {@code CINdetails}) and child in need
 * plans. A referral opens an episode unless the child has one open, when it joins it; episodes never
 * overlap. The episode gathers the assessments and section 47 enquiries (from those modules' events),
 * child in need plans (SMART, through {@code planning}, reviewed and visited on the clocks T10-review
 * and T10) and child protection plans; it closes with the CIN reason for closure (RC1–RC9)
 * once every assessment and enquiry is finished.
 * Publishes {@code EpisodeClosed}, {@code ChildInNeedPlanStarted}, {@code ChildInNeedPlanEnded}.
 * Listens to {@code frontdoor.ReferralAccepted}, {@code assessment.AssessmentStarted},
 * {@code assessment.AssessmentAuthorised}, {@code childprotection.Section47EnquiryStarted},
 * {@code childprotection.Section47EnquiryConcluded}, {@code childprotection.conference.InitialConferenceHeld},
 * {@code childprotection.plan.ChildProtectionPlanStarted} and {@code ChildProtectionPlanEnded} (a step-down to a
 * child in need plan starts it on the day the child protection plan ended; a step-down to early help records the
 * named lead professional on the episode). Reporting views {@code reporting.cin_episode},
 * {@code reporting.cin_plan}, {@code reporting.episode_activity}.
 * Depends on {@code frontdoor}, {@code assessment}, {@code childprotection}, {@code planning},
 * {@code timescales}, {@code person}, {@code identity}, {@code audit}, {@code codes}, {@code web}.
 */
package uk.org.beacon.childinneed;
