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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.beacon.planning.SmartEditorPages;
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
@RequestMapping("/children/{childId}/child-in-need-plans")
class ChildInNeedPlanPages extends SmartEditorPages {

    private static final String PLAN = "/{id}";

    private final ChildInNeedPlans cinPlans;
    private final ChildInNeedChild child;
    private final Clocks clocks;

    ChildInNeedPlanPages(ChildInNeedPlans cinPlans, ChildInNeedChild child, Clocks clocks) {
        super(cinPlans);
        this.cinPlans = cinPlans;
        this.child = child;
        this.clocks = clocks;
    }

    @GetMapping(PLAN)
    String plan(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        return page(childId, id, null, null, Map.of(), null, model);
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

    @Override
    protected String page(UUID childId, UUID id, Map<String, String> errors, String draftTarget, Map<String, String> draft, List<String> warnings,
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

    @Override
    protected void ofChild(UUID childId, UUID id) {
        if (cinPlans.forChild(childId).stream().noneMatch(p -> p.id().equals(id))) {
            throw new NotFoundException("No such child in need plan for this child");
        }
    }

    @Override
    protected String redirect(UUID childId, UUID id, String anchor) {
        return "redirect:/children/" + childId + "/child-in-need-plans/" + id + anchor;
    }

}
