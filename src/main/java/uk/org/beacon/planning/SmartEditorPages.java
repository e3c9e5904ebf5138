package uk.org.beacon.planning;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SMART editor's form handlers, once for every plan's page: a plan's page controller extends this, maps its
 * plans at class level (for example {@code /children/{childId}/child-in-need-plans}, each plan at {@code /{id}}) and
 * says how to find the child's plan, show its page and redirect to it. Adding an outcome, adding or changing an
 * action, progress and withdrawing post to {@code /{id}/outcomes}, {@code /{id}/outcomes/{outcomeId}/actions},
 * {@code /{id}/actions/{actionId}/edit}, {@code …/progress} and {@code …/withdraw} ({@link SmartForms}).
 */
public abstract class SmartEditorPages {

    private final SmartPlans plans;

    protected SmartEditorPages(SmartPlans plans) {
        this.plans = plans;
    }

    /** Refuses (not found) a plan that is not this child's. */
    protected abstract void ofChild(UUID childId, UUID id);

    /** The plan's page with the messages at the posted form's fields, that form open with what was typed, and any warnings. */
    protected abstract String page(UUID childId, UUID id, Map<String, String> errors, String draftTarget, Map<String, String> draft,
            List<String> warnings, Model model);

    protected abstract String redirect(UUID childId, UUID id, String anchor);

    @PostMapping("/{id}/outcomes")
    public String addOutcome(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String outcome, Model model) {
        ofChild(childId, id);
        return respond(childId, id, SmartForms.addOutcome(outcome, o -> plans.addOutcome(id, version, o)), model);
    }

    @PostMapping("/{id}/outcomes/{outcomeId}/actions")
    public String addAction(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID outcomeId, @RequestParam long version,
            @RequestParam Map<String, String> params, Model model) {
        ofChild(childId, id);
        return respond(childId, id, SmartForms.addAction(outcomeId, params, plans.today(), c -> plans.addAction(id, outcomeId, version, c)), model);
    }

    @PostMapping("/{id}/actions/{actionId}/edit")
    public String editAction(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam Map<String, String> params, Model model) {
        ofChild(childId, id);
        return respond(childId, id, SmartForms.editAction(actionId, params, plans.today(), c -> plans.editAction(id, actionId, version, c)), model);
    }

    @PostMapping("/{id}/actions/{actionId}/progress")
    public String progress(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam(required = false) String status, @RequestParam(required = false) String note, Model model) {
        ofChild(childId, id);
        return respond(childId, id, SmartForms.progress(actionId, status, note,
                (s, n) -> plans.recordProgress(id, actionId, version, s, n, plans.today())), model);
    }

    @PostMapping("/{id}/actions/{actionId}/withdraw")
    public String withdraw(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model) {
        ofChild(childId, id);
        return respond(childId, id, SmartForms.withdraw(actionId, reason, r -> plans.withdrawAction(id, actionId, version, r)), model);
    }

    private String respond(UUID childId, UUID id, SmartForms.Posted posted, Model model) {
        return posted.saved() ? redirect(childId, id, posted.anchor())
                : page(childId, id, posted.errors(), posted.draftTarget(), posted.draft(), posted.warnings(), model);
    }
}
