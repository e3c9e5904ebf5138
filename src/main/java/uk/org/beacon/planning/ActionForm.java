package uk.org.beacon.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The SMART editor's action form, the same on every plan's page (child in need, child protection, …):
 * reads the fields the {@code planning/smart} fragment posts, saves through the owning plan's entry
 * class, and says what the page does next — go to the saved action, or show the messages at the fields
 * and any vague-wording warnings beside the action, keeping what the worker typed.
 */
public final class ActionForm {

    /** What became of a posted action: saved (its id), or refused with errors, or held back with warnings. */
    public record Result(UUID savedActionId, Map<String, String> errors, List<String> warnings) {

        public boolean saved() {
            return savedActionId != null;
        }
    }

    private ActionForm() {}

    /** The action as posted; a due date that is not a real date is an error at {@code dueOn}. */
    public static PlanActionContent read(Map<String, String> params, Map<String, String> errors) {
        LocalDate due = DateFields.read(params.get("dueOnDay"), params.get("dueOnMonth"), params.get("dueOnYear"), "dueOn", "The due date", errors)
                .orElse(null);
        return new PlanActionContent(params.get("action"), params.get("ownerName"), params.get("ownerRole"), null, params.get("difference"), due,
                "true".equals(params.get("wordingConfirmed")));
    }

    /**
     * Adds ({@code adding}) or changes an action through {@code save}. A new action with a bad date is
     * still checked in full, so every missing field is named at once.
     */
    public static Result save(Map<String, String> params, LocalDate today, boolean adding, Function<PlanActionContent, ActionSaved> save) {
        Map<String, String> errors = new LinkedHashMap<>();
        PlanActionContent content = read(params, errors);
        try {
            if (errors.isEmpty()) {
                ActionSaved saved = save.apply(content);
                if (saved.saved()) {
                    return new Result(saved.action().id(), Map.of(), List.of());
                }
                return new Result(null, errors, saved.warnings());
            }
            if (adding) {
                PlanRules.checkAction(content, today, true).forEach(errors::putIfAbsent);
            }
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        } catch (EditConflictException e) {
            errors.put("action", adding ? "The plan was changed since you opened it: check it and add the action again"
                    : "Someone changed this action since you opened the plan: check the saved version and change it again");
        }
        return new Result(null, errors, null);
    }
}
