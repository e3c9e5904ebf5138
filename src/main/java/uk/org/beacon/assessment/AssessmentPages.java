package uk.org.beacon.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/**
 * The child's assessments: the list and "start from a referral"; the assessment form in sections
 * (saved on "Save draft" and, where htmx runs, automatically every 20 seconds and on each change),
 * submitting it; the manager's page to return it with comments or authorise it; the read-only
 * authorised assessment with its amendments; the family's PDF.
 */
@Controller
class AssessmentPages {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Assessments assessments;
    private final CurrentStaff currentStaff;
    private final Codes codes;
    private final ObjectProvider<HistoryConsidered> history;
    private final java.time.Clock clock;

    AssessmentPages(Assessments assessments, CurrentStaff currentStaff, Codes codes, ObjectProvider<HistoryConsidered> history, java.time.Clock clock) {
        this.assessments = assessments;
        this.currentStaff = currentStaff;
        this.codes = codes;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/assessments")
    String list(@PathVariable UUID childId, Model model) {
        PersonDetails child = assessments.child(childId);
        model.addAttribute("child", child);
        model.addAttribute("assessments", assessments.forChild(childId));
        model.addAttribute("referrals", assessments.referralsToAssess(childId));
        model.addAttribute("today", assessments.today());
        StaffSummary me = currentStaff.require();
        model.addAttribute("mayStart", me.has(Role.SOCIAL_WORKER) || me.has(Role.TEAM_MANAGER));
        if (!model.containsAttribute("start")) {
            LocalDate today = assessments.today();
            model.addAttribute("start", Map.of("referralId", "", "startedOnDay", String.valueOf(today.getDayOfMonth()),
                    "startedOnMonth", String.valueOf(today.getMonthValue()), "startedOnYear", String.valueOf(today.getYear())));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "assessment/list";
    }

    @PostMapping("/children/{childId}/assessments")
    String start(@PathVariable UUID childId, @RequestParam(required = false) UUID referralId, @RequestParam(required = false) String startedOnDay,
            @RequestParam(required = false) String startedOnMonth, @RequestParam(required = false) String startedOnYear,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateFields.read(startedOnDay, startedOnMonth, startedOnYear, "startedOnDay", "The start date", errors).orElse(null);
        if (referralId == null) {
            errors.put("referralId", "Choose the referral you are assessing");
        }
        if (errors.isEmpty()) {
            try {
                AssessmentDetails started = assessments.start(childId, referralId, on);
                redirect.addFlashAttribute("started", true);
                return "redirect:/children/" + childId + "/assessments/" + started.id();
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((k, v) -> errors.put(k.equals("startedOn") ? "startedOnDay" : k, v));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("start", Map.of("referralId", referralId == null ? "" : referralId.toString(), "startedOnDay", nv(startedOnDay),
                "startedOnMonth", nv(startedOnMonth), "startedOnYear", nv(startedOnYear)));
        return "redirect:/children/" + childId + "/assessments#start";
    }

    @GetMapping("/children/{childId}/assessments/{id}")
    String assessment(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        AssessmentDetails a = assessments.open(id);
        if (!a.childId().equals(childId)) {
            return "redirect:/children/" + a.childId() + "/assessments/" + id;
        }
        StaffSummary me = currentStaff.require();
        if (a.status().editable() && a.workerId().equals(me.id())) {
            return editPage(a, AssessmentForm.of(a), model);
        }
        return viewPage(a, model);
    }

    @PostMapping("/children/{childId}/assessments/{id}")
    String save(@PathVariable UUID childId, @PathVariable UUID id, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        AssessmentContent content = form.toContent(errors);
        AssessmentDetails saved;
        try {
            saved = write(id, form, content, errors);
        } catch (EditConflictException e) {
            form.setVersion(e.currentVersion());
            model.addAttribute("conflict", e.differences());
            binding.reject("conflict", "This assessment was saved from another window or device after you opened it. Check the differences below, "
                    + "then save again if your version is right.");
            return editPage(assessments.open(id), form, model);
        }
        if ("submit".equals(action)) {
            if (errors.isEmpty()) {
                try {
                    assessments.submit(id, saved.version());
                    redirect.addFlashAttribute("submitted", true);
                    return "redirect:/children/" + childId + "/assessments/" + id;
                } catch (RuleViolationException e) {
                    errors.putAll(e.fieldErrors());
                }
            } else {
                AssessmentRules.checkSubmission(content.normalised(), assessments.factorCodes(), saved.referralDate(), assessments.today())
                        .forEach(errors::putIfAbsent);
            }
        }
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("draftSaved", SAVED_AT.format(java.time.LocalTime.now(clock.withZone(Assessments.UK))));
            return "redirect:/children/" + childId + "/assessments/" + id;
        }
        model.addAttribute("savedWithProblems", true);
        Forms.reject(binding, errors);
        return editPage(saved, form, model);
    }

    /** The htmx enhancement: saves the draft without leaving the page and answers with its status and the new version. */
    @PostMapping("/children/{childId}/assessments/{id}/autosave")
    String autosave(@PathVariable UUID childId, @PathVariable UUID id, @ModelAttribute("form") AssessmentForm form, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        AssessmentContent content = form.toContent(errors);
        try {
            AssessmentDetails saved = write(id, form, content, errors);
            model.addAttribute("saved", saved);
            model.addAttribute("problems", !errors.isEmpty());
            model.addAttribute("savedAt", SAVED_AT.format(java.time.LocalTime.now(clock.withZone(Assessments.UK))));
        } catch (EditConflictException e) {
            model.addAttribute("conflict", true);
        }
        return "assessment/_autosaved :: autosaved";
    }

    /** Saves what was typed; what the draft rules refuse (an impossible date) is left out and reported, so the rest is never lost. */
    private AssessmentDetails write(UUID id, AssessmentForm form, AssessmentContent content, Map<String, String> errors) {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        try {
            AssessmentDetails saved = assessments.saveDraft(id, version, content);
            form.setVersion(saved.version());
            return saved;
        } catch (RuleViolationException e) {
            errors.putAll(e.fieldErrors());
            Set<String> refused = e.fieldErrors().keySet();
            AssessmentContent rest = new AssessmentContent(refused.contains("childSeenOn") ? null : content.childSeenOn(),
                    refused.contains("childSeenAloneOn") || refused.contains("childSeenOn") ? null : content.childSeenAloneOn(),
                    content.childNotSeenReason(), content.childsViews(), content.familyViews(), content.risks(), content.protectiveFactors(),
                    content.historyConsidered(), content.identityNeeds(), content.analysis(), content.nextSteps(), content.factors(), content.outcome(),
                    content.leadProfessionalName(), content.leadProfessionalAgency(), content.thirdPartyInformation());
            try {
                AssessmentDetails saved = assessments.saveDraft(id, version, rest);
                form.setVersion(saved.version());
                return saved;
            } catch (RuleViolationException again) {
                again.fieldErrors().forEach(errors::putIfAbsent);
                return assessments.open(id);
            }
        }
    }

    @GetMapping("/children/{childId}/assessments/{id}/authorise")
    String authorisePage(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        AssessmentDetails a = assessments.open(id);
        if (a.status() != AssessmentStatus.SUBMITTED) {
            return "redirect:/children/" + a.childId() + "/assessments/" + id;
        }
        LocalDate today = assessments.today();
        return authorisationPage(a, AuthorisationForm.today(today, a.version()), assessments.lateIfAuthorisedOn(id, today), model);
    }

    @PostMapping("/children/{childId}/assessments/{id}/return")
    String returnToWorker(@PathVariable UUID childId, @PathVariable UUID id, @ModelAttribute("form") AuthorisationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            assessments.returnToWorker(id, form.getVersion() == null ? -1 : form.getVersion(), form.getComment());
            redirect.addFlashAttribute("returned", true);
            return "redirect:/children/" + childId + "/assessments/" + id;
        } catch (RuleViolationException e) {
            Forms.reject(binding, e.fieldErrors());
        } catch (EditConflictException e) {
            binding.reject("conflict", "The assessment changed since you opened it: check it again");
        }
        AssessmentDetails a = assessments.open(id);
        return authorisationPage(a, form, assessments.lateIfAuthorisedOn(id, form.authorisedOn(new LinkedHashMap<>())), model);
    }

    @PostMapping("/children/{childId}/assessments/{id}/authorise")
    String authorise(@PathVariable UUID childId, @PathVariable UUID id, @ModelAttribute("form") AuthorisationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = form.authorisedOn(errors);
        if (on == null && errors.isEmpty()) {
            errors.put("authorisedOn", "Enter the date you authorised the assessment");
        }
        if (errors.isEmpty()) {
            try {
                assessments.authorise(id, form.getVersion() == null ? -1 : form.getVersion(), on, form.getRationale(), form.getLateReasonCode(),
                        form.getLateReasonText());
                redirect.addFlashAttribute("authorised", true);
                return "redirect:/children/" + childId + "/assessments/" + id;
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            } catch (EditConflictException e) {
                binding.reject("conflict", "The assessment changed since you opened it: check it again");
            }
        }
        Forms.reject(binding, errors);
        AssessmentDetails a = assessments.open(id);
        return authorisationPage(a, form, errors.containsKey("lateReasonCode") || assessments.lateIfAuthorisedOn(id, on), model);
    }

    @PostMapping("/children/{childId}/assessments/{id}/amendments")
    String amend(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam(required = false) String section,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String correctedText, RedirectAttributes redirect) {
        try {
            assessments.amend(id, section, reason, correctedText);
            redirect.addFlashAttribute("amended", true);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("amendmentErrors", e.fieldErrors());
            redirect.addFlashAttribute("amendment", Map.of("section", nv(section), "reason", nv(reason), "correctedText", nv(correctedText)));
        }
        return "redirect:/children/" + childId + "/assessments/" + id + "#amendments";
    }

    @GetMapping("/children/{childId}/assessments/{id}/family.pdf")
    ResponseEntity<byte[]> familyCopy(@PathVariable UUID childId, @PathVariable UUID id) {
        byte[] pdf = assessments.familyCopy(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("assessment-family-copy.pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    private String editPage(AssessmentDetails a, AssessmentForm form, Model model) {
        common(a, model);
        model.addAttribute("form", form);
        model.addAttribute("factorGroups", factorGroups());
        model.addAttribute("outcomes", AssessmentOutcome.values());
        HistoryConsidered h = history.getIfAvailable();
        model.addAttribute("history", h == null ? List.of() : h.forChild(a.childId()));
        return "assessment/edit";
    }

    private String viewPage(AssessmentDetails a, Model model) {
        common(a, model);
        StaffSummary me = currentStaff.require();
        model.addAttribute("mayAuthorise", a.status() == AssessmentStatus.SUBMITTED && me.has(Role.TEAM_MANAGER) && !me.id().equals(a.workerId()));
        model.addAttribute("mayAmend", a.authorised() && (me.has(Role.SOCIAL_WORKER) || me.has(Role.TEAM_MANAGER)));
        model.addAttribute("sections", AssessmentRules.SECTIONS);
        if (!model.containsAttribute("amendment")) {
            model.addAttribute("amendment", Map.of("section", "", "reason", "", "correctedText", ""));
        }
        return "assessment/view";
    }

    private String authorisationPage(AssessmentDetails a, AuthorisationForm form, boolean late, Model model) {
        common(a, model);
        model.addAttribute("form", form);
        model.addAttribute("late", late);
        model.addAttribute("lateReasons", assessments.lateReasons().active());
        model.addAttribute("ownAssessment", currentStaff.require().id().equals(a.workerId()));
        return "assessment/authorise";
    }

    private void common(AssessmentDetails a, Model model) {
        PersonDetails child = assessments.child(a.childId());
        model.addAttribute("child", child);
        model.addAttribute("assessment", a);
        model.addAttribute("identity", identity(child));
        model.addAttribute("factorLabels", factorLabels(a.content().factors()));
        model.addAttribute("today", assessments.today());
    }

    /** The person record's identity facts, read-only beside the identity needs the worker writes. */
    private Map<String, String> identity(PersonDetails p) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ethnicity", p.ethnicity() == null ? "Not recorded" : codes.ethnicity().labelOrCode(p.ethnicity()));
        facts.put("Religion", p.religion() == null ? "Not recorded" : codes.religion().labelOrCode(p.religion()));
        facts.put("First language", (p.firstLanguage() == null ? "Not recorded" : codes.language().labelOrCode(p.firstLanguage()))
                + (p.interpreterNeeded() ? " (interpreter needed)" : ""));
        facts.put("Disability", p.disabilities().isEmpty() ? "Not recorded"
                : String.join(", ", p.disabilities().stream().map(d -> codes.disability().labelOrCode(d)).toList()));
        if (p.genderIdentity() != null) {
            facts.put("Gender identity", codes.genderIdentity().labelOrCode(p.genderIdentity()));
        }
        if (p.sexualOrientation() != null) {
            facts.put("Sexual orientation", codes.sexualOrientation().labelOrCode(p.sexualOrientation()));
        }
        return facts;
    }

    private List<String> factorLabels(List<String> factors) {
        return factors.stream().map(f -> f + " " + assessments.factorCodes().labelOrCode(f)).toList();
    }

    /** The active factor codes grouped by what they are about (the part of the label before the colon). */
    record FactorGroup(String title, List<Code> codes) {}

    private List<FactorGroup> factorGroups() {
        Map<String, List<Code>> groups = new LinkedHashMap<>();
        for (Code c : assessments.factorCodes().active()) {
            int colon = c.label().indexOf(':');
            String group = colon > 0 ? c.label().substring(0, colon) : "Other factors";
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(c);
        }
        List<FactorGroup> result = new ArrayList<>();
        List<Code> other = groups.remove("Other factors");
        groups.forEach((title, list) -> result.add(new FactorGroup(title, list)));
        if (other != null) {
            result.add(new FactorGroup("Other factors", other));
        }
        return result;
    }

    static String nv(String s) {
        return s == null ? "" : s;
    }
}
