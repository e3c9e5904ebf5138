package uk.org.beacon.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import uk.org.beacon.codes.Code;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/** Management oversight pages: the child's decisions and supervision records, and the authorisations list. */
@Controller
class OversightPages {

    private final ManagementDecisions decisions;
    private final Supervisions supervisions;
    private final Authorisations authorisations;
    private final Allocations allocations;
    private final CaseworkChild child;
    private final CurrentStaff currentStaff;
    private final Staff staff;
    private final Teams teams;
    private final Clock clock;

    OversightPages(ManagementDecisions decisions, Supervisions supervisions, Authorisations authorisations, Allocations allocations,
            CaseworkChild child, CurrentStaff currentStaff, Staff staff, Teams teams, Clock clock) {
        this.decisions = decisions;
        this.supervisions = supervisions;
        this.authorisations = authorisations;
        this.allocations = allocations;
        this.child = child;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.teams = teams;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/decisions")
    String decisions(@PathVariable UUID childId, Model model) {
        model.addAttribute("decisions", decisions.forChild(childId));
        child.header(childId, "decisions", model);
        return "casework/decisions";
    }

    @GetMapping("/children/{childId}/decisions/new")
    String newDecision(@PathVariable UUID childId, Model model) {
        DecisionForm form = new DecisionForm();
        form.now(LocalDateTime.now(clock));
        model.addAttribute("form", form);
        child.header(childId, "decisions", model);
        return "casework/decision-new";
    }

    @PostMapping("/children/{childId}/decisions/new")
    String recordDecision(@PathVariable UUID childId, @ModelAttribute("form") DecisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ManagementDecisionRecord record = form.toRecord(errors);
        try {
            if (errors.isEmpty()) {
                ManagementDecisionSummary saved = decisions.record(childId, record);
                redirect.addFlashAttribute("recorded", saved.id());
                return "redirect:/children/" + childId + "/decisions";
            }
            OversightRules.checkDecision(record, LocalDateTime.now(clock)).forEach(errors::putIfAbsent);
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach((field, message) -> errors.putIfAbsent("decidedAt".equals(field) ? "decided" : field, message));
        }
        errors.remove("decidedAt");
        Forms.reject(binding, errors);
        child.header(childId, "decisions", model);
        return "casework/decision-new";
    }

    @PostMapping("/children/{childId}/decisions/{decisionId}/appendments")
    String appendToDecision(@PathVariable UUID childId, @PathVariable UUID decisionId, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        try {
            decisions.append(decisionId, text);
            redirect.addFlashAttribute("appended", decisionId);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("appendError", decisionId);
            redirect.addFlashAttribute("errors", Map.of("appendment-" + decisionId, e.fieldErrors().values().iterator().next()));
        }
        return "redirect:/children/" + childId + "/decisions#decision-" + decisionId;
    }

    @GetMapping("/children/{childId}/supervision")
    String supervision(@PathVariable UUID childId, Model model) {
        model.addAttribute("supervisions", supervisions.forChild(childId));
        child.header(childId, "supervision", model);
        return "casework/supervision";
    }

    @GetMapping("/children/{childId}/supervision/new")
    String newSupervision(@PathVariable UUID childId, Model model) {
        SupervisionForm form = new SupervisionForm();
        form.today(LocalDate.now(clock));
        CaseAllocation allocation = allocations.read(childId);
        if (allocation.lead() != null && allocation.lead().workerId() != null) {
            form.setWorkerId(allocation.lead().workerId().toString());
        }
        return supervisionPage(childId, form, model);
    }

    @PostMapping("/children/{childId}/supervision/new")
    String recordSupervision(@PathVariable UUID childId, @ModelAttribute("form") SupervisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        SupervisionRecord record = form.toRecord(errors);
        try {
            if (errors.isEmpty()) {
                SupervisionSummary saved = supervisions.record(childId, record);
                redirect.addFlashAttribute("recorded", saved.id());
                return "redirect:/children/" + childId + "/supervision";
            }
            OversightRules.checkSupervision(record, LocalDate.now(clock)).forEach((f, m) -> errors.putIfAbsent(form.formField(f), m));
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach((field, message) -> errors.putIfAbsent(form.formField(field), message));
        }
        Forms.reject(binding, errors);
        return supervisionPage(childId, form, model);
    }

    @PostMapping("/children/{childId}/supervision/{supervisionId}/appendments")
    String appendToSupervision(@PathVariable UUID childId, @PathVariable UUID supervisionId, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        try {
            supervisions.append(supervisionId, text);
            redirect.addFlashAttribute("appended", supervisionId);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("appendError", supervisionId);
            redirect.addFlashAttribute("errors", Map.of("appendment-" + supervisionId, e.fieldErrors().values().iterator().next()));
        }
        return "redirect:/children/" + childId + "/supervision#supervision-" + supervisionId;
    }

    @GetMapping("/authorisations")
    String authorisations(@RequestParam(required = false) String asAt, Model model) {
        LocalDate day = AsAt.parse(asAt, LocalDate.now(clock));
        model.addAttribute("items", authorisations.awaiting(day));
        model.addAttribute("asAt", day);
        model.addAttribute("today", LocalDate.now(clock));
        return "casework/authorisations";
    }

    @GetMapping("/authorisations/{id}")
    String authorisation(@PathVariable UUID id, Model model) {
        AuthorisationSummary item = authorisations.open(id);
        model.addAttribute("item", item);
        return "casework/authorisation";
    }

    @PostMapping("/authorisations/{id}")
    String decide(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String rationale, Model model, RedirectAttributes redirect) {
        Boolean authorise = "AUTHORISED".equals(outcome) ? Boolean.TRUE : "RETURNED".equals(outcome) ? Boolean.FALSE : null;
        try {
            authorisations.decide(id, version, authorise, rationale);
            redirect.addFlashAttribute("decided", authorise ? "Authorised" : "Returned");
            return "redirect:/authorisations";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", e.fieldErrors());
        } catch (EditConflictException e) {
            model.addAttribute("errors", Map.of("outcome", "Someone else decided this item or it changed: it is now "
                    + e.differences().get(0).savedValue()));
        }
        model.addAttribute("item", authorisations.open(id));
        model.addAttribute("outcome", outcome);
        model.addAttribute("rationale", rationale);
        return "casework/authorisation";
    }

    private String supervisionPage(UUID childId, SupervisionForm form, Model model) {
        child.header(childId, "supervision", model);
        model.addAttribute("form", form);
        StaffSummary me = currentStaff.require();
        CaseAllocation allocation = allocations.read(childId);
        Map<UUID, TeamSummary> byId = teams.byId();
        List<UUID> involved = allocation.history().stream().filter(AllocationSummary::current).map(AllocationSummary::workerId)
                .filter(Objects::nonNull).toList();
        List<Code> people = staff.all().stream()
                .filter(s -> s.active() && AllocationRules.holdsCases(s) && (Objects.equals(s.teamId(), me.teamId()) || involved.contains(s.id())))
                .sorted(Comparator.comparing(StaffSummary::displayName))
                .map(s -> new Code(s.id().toString(), s.displayName() + (byId.containsKey(s.teamId()) ? ", " + byId.get(s.teamId()).name() : ""), false))
                .toList();
        model.addAttribute("people", people);
        return "casework/supervision-new";
    }
}
