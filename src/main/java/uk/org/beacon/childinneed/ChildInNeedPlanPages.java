package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.beacon.planning.ActionForm;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * A child in need plan's page: the SMART editor (the planning fragments) with vague wording flagged
 * beside the action, its reviews and the review and visit clocks, and ending the plan with a reason.
 * Each form posts and redirects back; a refused form shows the page again with the messages at its
 * fields and what was typed kept.
 */
@Controller
class ChildInNeedPlanPages {

    private static final String PLAN = "/children/{childId}/child-in-need-plans/{id}";

    private final ChildInNeedPlans cinPlans;
    private final ChildInNeedChild child;
    private final Clocks clocks;

    ChildInNeedPlanPages(ChildInNeedPlans cinPlans, ChildInNeedChild child, Clocks clocks) {
        this.cinPlans = cinPlans;
        this.child = child;
        this.clocks = clocks;
    }

    @GetMapping(PLAN)
    String plan(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        return page(childId, id, null, null, Map.of(), null, model);
    }

    @PostMapping(PLAN + "/outcomes")
    String addOutcome(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String outcome,
            Model model) {
        try {
            cinPlans.addOutcome(ofChild(childId, id), version, outcome);
            return redirect(childId, id, "");
        } catch (RuleViolationException e) {
            return page(childId, id, prefixed(e.fieldErrors(), "-new"), "outcome", Map.of("outcome", nz(outcome)), null, model);
        } catch (EditConflictException e) {
            return page(childId, id, Map.of("outcome-new", "The plan was changed since you opened it: check it and add the outcome again"), "outcome",
                    Map.of("outcome", nz(outcome)), null, model);
        }
    }

    @PostMapping(PLAN + "/outcomes/{outcomeId}/actions")
    String addAction(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID outcomeId, @RequestParam long version,
            @RequestParam Map<String, String> params, Model model) {
        ofChild(childId, id);
        ActionForm.Result r = ActionForm.save(params, cinPlans.today(), true, c -> cinPlans.addAction(id, outcomeId, version, c));
        if (r.saved()) {
            return redirect(childId, id, "#action-" + r.savedActionId());
        }
        return page(childId, id, prefixed(r.errors(), "-" + outcomeId), outcomeId.toString(), params, r.warnings(), model);
    }

    @PostMapping(PLAN + "/actions/{actionId}/edit")
    String editAction(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam Map<String, String> params, Model model) {
        ofChild(childId, id);
        ActionForm.Result r = ActionForm.save(params, cinPlans.today(), false, c -> cinPlans.editAction(id, actionId, version, c));
        if (r.saved()) {
            return redirect(childId, id, "#action-" + actionId);
        }
        return page(childId, id, prefixed(r.errors(), "-edit-" + actionId), "edit-" + actionId, params, r.warnings(), model);
    }

    @PostMapping(PLAN + "/actions/{actionId}/progress")
    String progress(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam(required = false) String status, @RequestParam(required = false) String note, Model model) {
        ofChild(childId, id);
        try {
            PlanActionStatus s = status == null || status.isBlank() ? null : PlanActionStatus.valueOf(status);
            cinPlans.recordProgress(id, actionId, version, s, note, cinPlans.today());
            return redirect(childId, id, "#action-" + actionId);
        } catch (RuleViolationException e) {
            return page(childId, id, prefixed(e.fieldErrors(), "-" + actionId), actionId.toString(), Map.of(), null, model);
        } catch (EditConflictException e) {
            return page(childId, id, Map.of("note-" + actionId, "Progress was recorded since you opened the plan: check it and record yours again"),
                    actionId.toString(), Map.of(), null, model);
        }
    }

    @PostMapping(PLAN + "/actions/{actionId}/withdraw")
    String withdraw(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model) {
        ofChild(childId, id);
        try {
            cinPlans.withdrawAction(id, actionId, version, reason);
            return redirect(childId, id, "#action-" + actionId);
        } catch (RuleViolationException e) {
            return page(childId, id, prefixed(e.fieldErrors(), "-" + actionId), actionId.toString(), Map.of(), null, model);
        } catch (EditConflictException e) {
            return page(childId, id, Map.of("withdrawnReason-" + actionId, "The action was changed since you opened the plan: check it first"),
                    actionId.toString(), Map.of(), null, model);
        }
    }

    @PostMapping(PLAN + "/reviews")
    String review(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> params,
            Model model) {
        ofChild(childId, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate held = DateFields.read(params.get("heldOnDay"), params.get("heldOnMonth"), params.get("heldOnYear"), "heldOn",
                "The date of the review", errors).orElse(null);
        if (errors.isEmpty()) {
            try {
                LateReason late = params.get("lateReasonCode") == null || params.get("lateReasonCode").isBlank() ? null
                        : new LateReason(params.get("lateReasonCode"), params.get("lateReasonText"));
                cinPlans.recordReview(id, version, held, params.get("summary"), late);
                return redirect(childId, id, "#reviews");
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            } catch (EditConflictException e) {
                errors.put("heldOn", "The plan was reviewed or ended since you opened it: check it first");
            }
        }
        return page(childId, id, errors, "review", params, null, model);
    }

    @PostMapping(PLAN + "/end")
    String end(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> params,
            Model model) {
        ofChild(childId, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate ended = DateFields.read(params.get("endedOnDay"), params.get("endedOnMonth"), params.get("endedOnYear"), "endedOn",
                "The date the plan ended", errors).orElse(null);
        if (errors.isEmpty()) {
            try {
                cinPlans.end(id, version, ended, params.get("endReason"), params.get("endNote"));
                return redirect(childId, id, "");
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            } catch (EditConflictException e) {
                errors.put("endedOn", "The plan was reviewed or ended since you opened it: check it first");
            }
        }
        return page(childId, id, errors, "end", params, null, model);
    }

    private String page(UUID childId, UUID id, Map<String, String> errors, String draftTarget, Map<String, String> draft, List<String> warnings,
            Model model) {
        ChildInNeedPlanDetails plan = cinPlans.find(id);
        if (!plan.summary().childId().equals(childId)) {
            throw new NotFoundException("No such child in need plan for this child");
        }
        child.header(childId, model);
        model.addAttribute("cin", plan);
        model.addAttribute("base", "/children/" + childId + "/child-in-need-plans/" + id);
        model.addAttribute("errors", errors == null || errors.isEmpty() ? null : errors);
        model.addAttribute("draftTarget", draftTarget);
        model.addAttribute("draft", new HashMap<>(draft));
        model.addAttribute("warnings", warnings);
        model.addAttribute("today", cinPlans.today());
        model.addAttribute("endReasons", PlanEndReason.values());
        model.addAttribute("lateReasons", clocks.lateReasons().active());
        return "childinneed/plan";
    }

    private UUID ofChild(UUID childId, UUID id) {
        if (cinPlans.forChild(childId).stream().noneMatch(p -> p.id().equals(id))) {
            throw new NotFoundException("No such child in need plan for this child");
        }
        return id;
    }

    private static Map<String, String> prefixed(Map<String, String> errors, String suffix) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((k, v) -> out.put(k + suffix, v));
        return out;
    }

    private static String redirect(UUID childId, UUID id, String anchor) {
        return "redirect:/children/" + childId + "/child-in-need-plans/" + id + anchor;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
