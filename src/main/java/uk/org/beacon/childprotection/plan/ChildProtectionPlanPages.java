package uk.org.beacon.childprotection.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.SmartEditorPages;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanOutcomeDetails;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * A child protection plan's page: its categories, flags and clocks; the SMART editor (the planning
 * fragments); the core group's members and meetings (each meeting recording progress on every action);
 * review conferences, which continue the plan or end it with the reason and the step-down. Each form posts
 * and redirects back; a refused form shows the page again with the messages at its fields and what was
 * typed kept.
 */
@Controller
@RequestMapping("/children/{childId}/child-protection/plans")
class ChildProtectionPlanPages extends SmartEditorPages {

    private static final String PLAN = "/{id}";

    private final ChildProtectionPlans cpPlans;
    private final People people;
    private final CurrentStaff currentStaff;

    ChildProtectionPlanPages(ChildProtectionPlans cpPlans, People people, CurrentStaff currentStaff) {
        super(cpPlans);
        this.cpPlans = cpPlans;
        this.people = people;
        this.currentStaff = currentStaff;
    }

    @GetMapping(PLAN)
    String plan(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        return page(childId, id, null, null, Map.of(), null, model);
    }

    @GetMapping("/transfer-in")
    String transferInForm(@PathVariable UUID childId, Model model) {
        return transferInPage(childId, null, Map.of(), model);
    }

    /** A transfer-in conference starts the plan here and opens it; a refusal shows the form again with the messages at the fields. */
    @PostMapping("/transfer-in")
    String transferIn(@PathVariable UUID childId, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate held = DateFields.read(params.get("heldOnDay"), params.get("heldOnMonth"), params.get("heldOnYear"), "heldOn",
                "The date of the transfer-in conference", errors).orElse(null);
        LocalDate since = DateFields.read(params.get("previousPlanStartedOnDay"), params.get("previousPlanStartedOnMonth"),
                params.get("previousPlanStartedOnYear"), "previousPlanStartedOn", "The date the plan started in that authority", errors).orElse(null);
        try {
            ChildProtectionPlanSummary started = cpPlans.transferIn(childId, null, new ChildProtectionPlanRules.TransferIn(held,
                    params.get("previousAuthority"), since, params.get("category"), params.get("chairRationale")), params.get("managerRationale"));
            if (errors.isEmpty()) {
                return redirect(childId, started.id(), "");
            }
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        return transferInPage(childId, errors, params, model);
    }

    private String transferInPage(UUID childId, Map<String, String> errors, Map<String, String> draft, Model model) {
        PersonBrief brief = people.briefs(List.of(childId)).get(childId);
        if (brief == null) {
            throw new NotFoundException("No such child");
        }
        model.addAttribute("child", brief);
        model.addAttribute("openPlan", cpPlans.forChild(childId).stream().filter(ChildProtectionPlanSummary::open).findFirst().orElse(null));
        model.addAttribute("errors", errors == null || errors.isEmpty() ? null : errors);
        model.addAttribute("draft", new HashMap<>(draft));
        model.addAttribute("categories", cpPlans.categories().active());
        StaffSummary me = currentStaff.require();
        model.addAttribute("mayRecord", me.has(Role.CP_CHAIR) || me.has(Role.TEAM_MANAGER));
        return "childprotection/plan/transfer-in";
    }

    /** The child moved to another authority, whose transfer-in conference took the plan over: the plan ends here. */
    @PostMapping(PLAN + "/transfer-out")
    String transferOut(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> params,
            Model model) {
        ofChild(childId, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateFields.read(params.get("conferenceOnDay"), params.get("conferenceOnMonth"), params.get("conferenceOnYear"),
                "conferenceOn", "The date of the receiving authority's conference", errors).orElse(null);
        if (errors.isEmpty()) {
            try {
                cpPlans.transferOut(id, version, params.get("receivingAuthority"), on);
                return redirect(childId, id, "");
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            } catch (EditConflictException e) {
                errors.put("conferenceOn", "The plan was reviewed or changed since you opened it: check it first");
            }
        } else if (params.get("receivingAuthority") == null || params.get("receivingAuthority").isBlank()) {
            errors.put("receivingAuthority", "Enter the local authority the child moved to");
        }
        return page(childId, id, errors, "transfer", params, null, model);
    }

    /** The plan as a document for the family. */
    @GetMapping(PLAN + "/family-copy.pdf")
    ResponseEntity<byte[]> familyCopy(@PathVariable UUID childId, @PathVariable UUID id) {
        ofChild(childId, id);
        return pdf(cpPlans.familyCopy(id));
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("child-protection-plan.pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }


    @PostMapping(PLAN + "/core-group/members")
    String addMember(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> params,
            Model model) {
        ofChild(childId, id);
        try {
            cpPlans.addMember(id, version, params.get("memberName"), params.get("agencyRole"), null, null);
            return redirect(childId, id, "#core-group");
        } catch (RuleViolationException e) {
            return page(childId, id, e.fieldErrors(), "member", params, null, model);
        } catch (EditConflictException e) {
            return page(childId, id, Map.of("memberName", "The plan was changed since you opened it: check it first"), "member", params, null, model);
        }
    }

    @PostMapping(PLAN + "/core-group/meetings")
    String coreGroup(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> params,
            Model model) {
        ChildProtectionPlanDetails plan = owned(childId, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate held = DateFields.read(params.get("meetingOnDay"), params.get("meetingOnMonth"), params.get("meetingOnYear"), "meetingOn",
                "The date of the core group meeting", errors).orElse(null);
        List<ActionProgressEntry> progress = new ArrayList<>();
        for (PlanOutcomeDetails o : plan.plan().currentOutcomes()) {
            for (PlanActionSummary a : o.currentActions()) {
                String s = params.get("status-" + a.id());
                String note = params.get("progressNote-" + a.id());
                if ((s != null && !s.isBlank()) || (note != null && !note.isBlank())) {
                    if (s == null || s.isBlank()) {
                        errors.put("progressStatus-" + a.id(), "Say where this action stands");
                    } else {
                        progress.add(new ActionProgressEntry(a.id(), a.version(), status(s), note));
                    }
                }
            }
        }
        if (errors.isEmpty()) {
            try {
                cpPlans.recordCoreGroup(id, version, held, params.get("attendees"), params.get("meetingSummary"), progress, late(params));
                return redirect(childId, id, "#core-group");
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((k, v) -> errors.put(meetingField(k), v));
            } catch (EditConflictException e) {
                errors.put("meetingOn", "The plan was changed since you opened it: check it first");
            }
        }
        return page(childId, id, errors, "meeting", params, null, model);
    }

    @PostMapping(PLAN + "/reviews")
    String review(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> params,
            Model model) {
        ofChild(childId, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate held = DateFields.read(params.get("heldOnDay"), params.get("heldOnMonth"), params.get("heldOnYear"), "heldOn",
                "The date of the review conference", errors).orElse(null);
        if (errors.isEmpty()) {
            try {
                String d = params.get("decision");
                String sd = params.get("stepDown");
                cpPlans.recordReview(id, version, held, d == null || d.isBlank() ? null : ReviewDecision.valueOf(d), params.get("summary"),
                        params.get("categoryTo"), params.get("endReason"), sd == null || sd.isBlank() ? null : StepDown.valueOf(sd),
                        params.get("leadName"), params.get("leadAgency"), late(params));
                return redirect(childId, id, "#reviews");
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            } catch (EditConflictException e) {
                errors.put("heldOn", "The plan was reviewed or changed since you opened it: check it first");
            }
        }
        return page(childId, id, errors, "review", params, null, model);
    }

    private static String meetingField(String key) {
        return switch (key) {
            case "heldOn" -> "meetingOn";
            case "summary" -> "meetingSummary";
            case "lateReasonCode", "lateReasonText" -> "meeting-" + key;
            default -> key.startsWith("status-") || key.startsWith("note-") ? "progress" + Character.toUpperCase(key.charAt(0)) + key.substring(1)
                    : key;
        };
    }

    private static LateReason late(Map<String, String> params) {
        String code = params.get("lateReasonCode");
        return code == null || code.isBlank() ? null : new LateReason(code, params.get("lateReasonText"));
    }

    private static PlanActionStatus status(String s) {
        return s == null || s.isBlank() ? null : PlanActionStatus.valueOf(s);
    }

    @Override
    protected String page(UUID childId, UUID id, Map<String, String> errors, String draftTarget, Map<String, String> draft, List<String> warnings,
            Model model) {
        ChildProtectionPlanDetails plan = cpPlans.find(id);
        if (!plan.summary().childId().equals(childId)) {
            throw new NotFoundException("No such child protection plan for this child");
        }
        PersonBrief brief = people.briefs(List.of(childId)).get(childId);
        if (brief == null) {
            throw new NotFoundException("No such child");
        }
        model.addAttribute("child", brief);
        model.addAttribute("cp", plan);
        model.addAttribute("base", "/children/" + childId + "/child-protection/plans/" + id);
        model.addAttribute("errors", errors == null || errors.isEmpty() ? null : errors);
        model.addAttribute("draftTarget", draftTarget);
        model.addAttribute("draft", new HashMap<>(draft));
        model.addAttribute("warnings", warnings);
        model.addAttribute("today", cpPlans.today());
        model.addAttribute("categories", cpPlans.categories().active());
        model.addAttribute("categoryLabels", cpPlans.categories());
        model.addAttribute("stepDowns", StepDown.atReview());
        model.addAttribute("decisions", ReviewDecision.values());
        model.addAttribute("statuses", List.of(PlanActionStatus.ON_TRACK, PlanActionStatus.DONE, PlanActionStatus.NOT_DONE));
        model.addAttribute("lateReasons", cpPlans.lateReasons().active());
        StaffSummary me = currentStaff.require();
        model.addAttribute("mayReview", me.has(Role.CP_CHAIR) || me.has(Role.TEAM_MANAGER));
        return "childprotection/plan/plan";
    }

    @Override
    protected void ofChild(UUID childId, UUID id) {
        owned(childId, id);
    }

    private ChildProtectionPlanDetails owned(UUID childId, UUID id) {
        ChildProtectionPlanSummary s = cpPlans.forChild(childId).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such child protection plan for this child"));
        return cpPlans.detailsOf(s.id());
    }

    @Override
    protected String redirect(UUID childId, UUID id, String anchor) {
        return "redirect:/children/" + childId + "/child-protection/plans/" + id + anchor;
    }

}
