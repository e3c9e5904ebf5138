package uk.org.beacon.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Every form of the SMART editor ({@code planning/smart}), the same on every plan's page: add an outcome, add or
 * change an action ({@link ActionForm}), record progress on an action, withdraw an action. Each saves through the
 * owning plan's entry class and says what the page does next: go to the anchor of what was saved, or show the page
 * again with the messages at the posted form's fields (keyed as the fragment names them), that form open with what
 * was typed, and any vague-wording warnings.
 */
public final class SmartForms {

    /** What became of a posted form. */
    public record Posted(String anchor, Map<String, String> errors, String draftTarget, Map<String, String> draft, List<String> warnings) {

        public boolean saved() {
            return anchor != null;
        }

        static Posted saved(String anchor) {
            return new Posted(anchor, Map.of(), null, Map.of(), null);
        }

        static Posted refused(Map<String, String> errors, String suffix, String draftTarget, Map<String, String> draft, List<String> warnings) {
            Map<String, String> keyed = new LinkedHashMap<>();
            errors.forEach((k, v) -> keyed.put(k + suffix, v));
            return new Posted(null, keyed, draftTarget, draft, warnings);
        }
    }

    private SmartForms() {}

    public static Posted addOutcome(String outcome, Consumer<String> save) {
        Map<String, String> draft = Map.of("outcome", outcome == null ? "" : outcome);
        try {
            save.accept(outcome);
            return Posted.saved("");
        } catch (RuleViolationException e) {
            return Posted.refused(e.fieldErrors(), "-new", "outcome", draft, null);
        } catch (EditConflictException e) {
            return Posted.refused(Map.of("outcome", "The plan was changed since you opened it: check it and add the outcome again"), "-new", "outcome",
                    draft, null);
        }
    }

    public static Posted addAction(UUID outcomeId, Map<String, String> params, LocalDate today, Function<PlanActionContent, ActionSaved> save) {
        ActionForm.Result r = ActionForm.save(params, today, true, save);
        return r.saved() ? Posted.saved("#action-" + r.savedActionId())
                : Posted.refused(r.errors(), "-" + outcomeId, outcomeId.toString(), params, r.warnings());
    }

    public static Posted editAction(UUID actionId, Map<String, String> params, LocalDate today, Function<PlanActionContent, ActionSaved> save) {
        ActionForm.Result r = ActionForm.save(params, today, false, save);
        return r.saved() ? Posted.saved("#action-" + actionId)
                : Posted.refused(r.errors(), "-edit-" + actionId, "edit-" + actionId, params, r.warnings());
    }

    /** Progress on one action between meetings; {@code status} is a {@link PlanActionStatus} name (blank when not chosen). */
    public static Posted progress(UUID actionId, String status, String note, BiConsumer<PlanActionStatus, String> save) {
        try {
            save.accept(status == null || status.isBlank() ? null : PlanActionStatus.valueOf(status), note);
            return Posted.saved("#action-" + actionId);
        } catch (RuleViolationException e) {
            return Posted.refused(e.fieldErrors(), "-" + actionId, actionId.toString(), Map.of(), null);
        } catch (EditConflictException e) {
            return Posted.refused(Map.of("note", "Progress was recorded since you opened the plan: check it and record yours again"), "-" + actionId,
                    actionId.toString(), Map.of(), null);
        }
    }

    public static Posted withdraw(UUID actionId, String reason, Consumer<String> save) {
        try {
            save.accept(reason);
            return Posted.saved("#action-" + actionId);
        } catch (RuleViolationException e) {
            return Posted.refused(e.fieldErrors(), "-" + actionId, actionId.toString(), Map.of(), null);
        } catch (EditConflictException e) {
            return Posted.refused(Map.of("withdrawnReason", "The action was changed since you opened the plan: check it first"), "-" + actionId,
                    actionId.toString(), Map.of(), null);
        }
    }
}
