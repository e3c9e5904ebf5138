/**
 * Planning: the one SMART plan every plan for a child is made of (child in need and child protection plans now;
 * early help and pathway plans later). A plan belongs to an owner module's subject and
 * knows nothing of the stage it serves: outcomes (what we want to be different for the child), each
 * with actions that name an owner, what will be different and a date. Vague wording is flagged for the
 * worker to make specific. Nothing is deleted: actions are withdrawn with a reason, edits keep history,
 * progress is appended. Entry class {@code Plans}, rules {@code PlanRules}, views {@code PlanDetails},
 * {@code PlanOutcomeDetails}, {@code PlanActionSummary}; Thymeleaf fragments under
 * {@code templates/planning/} and their form handlers once for every plan's page ({@code SmartEditorPages}, which a
 * plan's page controller extends, over the owner's {@code SmartPlans} entry class; {@code SmartForms}, {@code ActionForm}). Depends on {@code person}, {@code identity}, {@code audit}, {@code web}.
 */
package uk.org.beacon.planning;
