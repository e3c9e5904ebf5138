package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The child's episodes of need: each with its referrals, assessments, enquiries and plans in date
 * order, the primary need, the start of a child in need plan, and the closure form (RC codes, the lead
 * professional for RC9 or a step-down) with the refusals at their fields.
 */
@Controller
class EpisodePages {

    private final Episodes episodes;
    private final ChildInNeedPlans cinPlans;
    private final ChildInNeedChild child;

    EpisodePages(Episodes episodes, ChildInNeedPlans cinPlans, ChildInNeedChild child) {
        this.episodes = episodes;
        this.cinPlans = cinPlans;
        this.child = child;
    }

    @GetMapping("/children/{childId}/episodes")
    String episodes(@PathVariable UUID childId, Model model) {
        EpisodeCloseForm form = new EpisodeCloseForm();
        return page(childId, form, null, model);
    }

    @PostMapping("/children/{childId}/episodes/{episodeId}/close")
    String close(@PathVariable UUID childId, @PathVariable UUID episodeId, @ModelAttribute("form") EpisodeCloseForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ofChild(childId, episodeId);
        Map<String, String> errors = new LinkedHashMap<>();
        EpisodeClosure closure = form.toClosure(errors);
        if (errors.isEmpty()) {
            try {
                episodes.close(episodeId, form.getVersion(), closure);
                redirect.addFlashAttribute("closed", episodeId);
                return "redirect:/children/" + childId + "/episodes";
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            } catch (EditConflictException e) {
                model.addAttribute("conflict", e.differences());
                form.setVersion(e.currentVersion());
            }
        }
        Forms.reject(binding, errors);
        return page(childId, form, errors, model);
    }

    @PostMapping("/children/{childId}/episodes/{episodeId}/primary-need")
    String primaryNeed(@PathVariable UUID childId, @PathVariable UUID episodeId, @RequestParam long version,
            @RequestParam(required = false) String primaryNeed, RedirectAttributes redirect) {
        ofChild(childId, episodeId);
        try {
            episodes.recordPrimaryNeed(episodeId, version, primaryNeed);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("needErrors", e.fieldErrors());
        }
        return "redirect:/children/" + childId + "/episodes";
    }

    @PostMapping("/children/{childId}/child-in-need-plans")
    String startPlan(@PathVariable UUID childId, @RequestParam(required = false) String startedOnDay,
            @RequestParam(required = false) String startedOnMonth, @RequestParam(required = false) String startedOnYear,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateFields.read(startedOnDay, startedOnMonth, startedOnYear, "startedOn", "The date the plan started", errors).orElse(null);
        if (errors.isEmpty() && on == null) {
            errors.put("startedOn", "Enter the date the plan started");
        }
        if (errors.isEmpty()) {
            try {
                ChildInNeedPlanDetails plan = cinPlans.start(childId, on);
                return "redirect:/children/" + childId + "/child-in-need-plans/" + plan.summary().id();
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        redirect.addFlashAttribute("startErrors", errors);
        redirect.addFlashAttribute("startDay", startedOnDay);
        redirect.addFlashAttribute("startMonth", startedOnMonth);
        redirect.addFlashAttribute("startYear", startedOnYear);
        return "redirect:/children/" + childId + "/episodes#start-plan";
    }

    private String page(UUID childId, EpisodeCloseForm form, Map<String, String> errors, Model model) {
        List<EpisodeSummary> list = episodes.forChild(childId);
        child.header(childId, model);
        EpisodeSummary open = list.stream().filter(EpisodeSummary::open).findFirst().orElse(null);
        if (open != null && errors == null) {
            form.setVersion(open.version());
            form.setPrimaryNeed(open.primaryNeed());
            if (open.stepDownAgreed() && open.leadProfessionalName() != null) {
                form.setLeadProfessionalName(open.leadProfessionalName());
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("episodes", list);
        model.addAttribute("openEpisode", open);
        List<ChildInNeedPlanSummary> plans = cinPlans.forChild(childId);
        model.addAttribute("plans", plans);
        model.addAttribute("openPlan", plans.stream().filter(ChildInNeedPlanSummary::open).findFirst().orElse(null));
        model.addAttribute("closureReasons", episodes.codeLists().get("closureReasons"));
        model.addAttribute("primaryNeeds", episodes.codeLists().get("primaryNeeds"));
        model.addAttribute("today", cinPlans.today());
        return "childinneed/episodes";
    }

    private void ofChild(UUID childId, UUID episodeId) {
        if (!episodes.find(episodeId).childId().equals(childId)) {
            throw new NotFoundException("No such episode for this child");
        }
    }
}
