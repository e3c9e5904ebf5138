/**
 * Planning: the one SMART plan every plan for a child is made of (child in need plans now; child
 * protection, early help and pathway plans later). A plan belongs to an owner module's subject and
 * knows nothing of the stage it serves: outcomes (what we want to be different for the child), each
 * with actions that name an owner, what will be different and a date. Vague wording is flagged for the
 * worker to make specific. Nothing is deleted: actions are withdrawn with a reason, edits keep history,
 * progress is appended. Entry class {@code Plans}, rules {@code PlanRules}, views {@code PlanDetails},
 * {@code PlanOutcomeDetails}, {@code PlanActionSummary}; Thymeleaf fragments under
 * {@code templates/planning/}. Depends on {@code person}, {@code identity}, {@code audit}, {@code web}.
 */
package uk.org.beacon.planning;
