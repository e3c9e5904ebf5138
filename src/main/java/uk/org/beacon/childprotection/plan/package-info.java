/**
 * Child protection plans: started by an initial conference that decided on a plan (listens to {@code
 * childprotection.conference.InitialConferenceHeld}) on the conference's date with its category of abuse, or by a
 * transfer-in conference for a child who moved here on another authority's plan; one open plan per child. The SMART
 * outcomes and actions are a {@code planning} plan; the core group (members and meetings, each meeting recording
 * progress on the actions), review conferences (continue or end, category changes) and the end with its step-down
 * (child in need plan, early help with a named lead professional, or none), or a transfer out to another authority
 * (ended on the date of its transfer-in conference). The allowed status changes are {@code
 * ChildProtectionPlanRules.TRANSITIONS}. The family's copy of the plan (PDF). Clocks T6 (first core group), T7 (next
 * core group), T8 (first review), T8a (next review) and T9 (visits). Flags: a plan lasting two years or more, a second
 * or subsequent plan (ever, and within two years of the last). Publishes {@link
 * uk.org.beacon.childprotection.plan.ChildProtectionPlanStarted} and {@link
 * uk.org.beacon.childprotection.plan.ChildProtectionPlanEnded}. Reporting views: {@code reporting.cp_plan},
 * {@code reporting.cp_review}, {@code reporting.core_group}. Published as the named interface "plan".
 */
@org.springframework.modulith.NamedInterface("plan")
package uk.org.beacon.childprotection.plan;
