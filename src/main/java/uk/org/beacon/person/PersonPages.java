package uk.org.beacon.person;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
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
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.AccessDecision;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FormDrafts;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/** Pages to find a person, open their record, add them and change their details. */
@Controller
class PersonPages {

    private final People people;
    private final Families families;
    private final RecordAccess access;
    private final Staff staff;
    private final Codes codes;
    private final FormDrafts drafts;
    private final PersonMerges merges;
    private final Clock clock;

    PersonPages(People people, Families families, RecordAccess access, Staff staff, Codes codes, FormDrafts drafts, PersonMerges merges,
            Clock clock) {
        this.people = people;
        this.merges = merges;
        this.families = families;
        this.access = access;
        this.staff = staff;
        this.codes = codes;
        this.drafts = drafts;
        this.clock = clock;
    }

    @ModelAttribute("codes")
    Codes codes() {
        return codes;
    }

    @GetMapping("/people")
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String dobDay,
            @RequestParam(required = false) String dobMonth, @RequestParam(required = false) String dobYear,
            @RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String upn,
            @RequestParam(required = false) String postcode, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate dob = DateFields.read(dobDay, dobMonth, dobYear, "dobDay", "Date of birth", errors).orElse(null);
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            NhsNumber.problem(nhsNumber).ifPresent(p -> errors.put("nhsNumber", p));
        }
        if (upn != null && !upn.isBlank()) {
            UniquePupilNumber.problem(upn).ifPresent(p -> errors.put("upn", p));
        }
        SearchCriteria criteria = new SearchCriteria(name, dob, nhsNumber, upn, postcode);
        model.addAttribute("criteria", Map.of(
                "name", nv(name), "dobDay", nv(dobDay), "dobMonth", nv(dobMonth), "dobYear", nv(dobYear),
                "nhsNumber", nv(nhsNumber), "upn", nv(upn), "postcode", nv(postcode)));
        model.addAttribute("errors", errors);
        model.addAttribute("searched", !criteria.isEmpty() || !errors.isEmpty());
        model.addAttribute("results", errors.isEmpty() && !criteria.isEmpty() ? people.search(criteria) : List.of());
        return "person/search";
    }

    /**
     * A merged record's address leads to the record it was merged into, with a notice; the merged
     * record itself can still be read, unchangeable, with {@code ?view=merged}.
     */
    @GetMapping("/people/{id}")
    String record(@PathVariable UUID id, @RequestParam(required = false) String view, Model model, RedirectAttributes redirect) {
        java.util.Optional<UUID> survivor = merges.mergedInto(id);
        if (survivor.isPresent() && !"merged".equals(view)) {
            redirect.addFlashAttribute("mergedFrom", id);
            merges.mergeOf(id).ifPresent(m -> redirect.addFlashAttribute("mergedFromMerge", m));
            return "redirect:/people/" + survivor.get();
        }
        PersonDetails person = people.open(id);
        AccessDecision decision = people.decide(id);
        if (survivor.isPresent()) {
            decision = new AccessDecision(decision.outcome(), decision.restricted(), decision.throughBrokenGlass(), false);
            model.addAttribute("mergedInto", survivor.get());
            merges.mergeOf(id).ifPresent(m -> model.addAttribute("mergeId", m));
        }
        model.addAttribute("mergesInto", merges.mergesInto(id));
        model.addAttribute("person", person);
        model.addAttribute("decision", decision);
        model.addAttribute("relationships", families.relationships(id));
        model.addAttribute("household", families.household(id));
        model.addAttribute("involvements", families.involvements(id));
        model.addAttribute("today", LocalDate.now(clock));
        if (person.restricted()) {
            model.addAttribute("namedStaff", staff.displayNames(access.namedStaff(id)).values());
        }
        return "person/record";
    }

    @GetMapping("/people/{id}/restricted")
    String restricted(@PathVariable UUID id, Model model) {
        AccessDecision decision = people.decide(id);
        if (decision.allowed()) {
            return "redirect:/people/" + id;
        }
        model.addAttribute("personId", id);
        model.addAttribute("canBreakGlass", decision.outcome() == AccessDecision.Outcome.RESTRICTED);
        return "person/restricted";
    }

    @PostMapping("/people/{id}/break-glass")
    String breakGlass(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        try {
            access.breakGlass(id, reason);
        } catch (RuleViolationException e) {
            model.addAttribute("personId", id);
            model.addAttribute("canBreakGlass", true);
            model.addAttribute("reason", reason);
            model.addAttribute("error", e.fieldErrors().get("reason"));
            return "person/restricted";
        }
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/new")
    String newPerson(HttpServletRequest request, Model model) {
        PersonForm form = new PersonForm();
        drafts.restoreInto(request, form);
        model.addAttribute("form", form);
        return "person/edit";
    }

    @PostMapping("/people/new")
    String create(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        PersonRecord record = form.toRecord(errors);
        try {
            if (errors.isEmpty()) {
                PersonDetails saved = people.register(record);
                return "redirect:/people/" + saved.id() + "?created";
            }
            people.problems(record, null).forEach(errors::putIfAbsent);
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        Forms.reject(binding, renamed(errors));
        return "person/edit";
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable UUID id, HttpServletRequest request, Model model) {
        PersonDetails person = people.open(id);
        PersonForm form = PersonForm.of(person);
        drafts.restoreInto(request, form);
        model.addAttribute("form", form);
        model.addAttribute("personId", id);
        return "person/edit";
    }

    @PostMapping("/people/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("personId", id);
        Map<String, String> errors = new LinkedHashMap<>();
        PersonRecord record = form.toRecord(errors);
        try {
            if (errors.isEmpty()) {
                people.update(id, form.getVersion() == null ? -1 : form.getVersion(), record);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/people/" + id;
            }
            people.problems(record, id).forEach(errors::putIfAbsent);
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        } catch (EditConflictException e) {
            model.addAttribute("conflict", e.differences());
            form.setVersion(e.currentVersion());
            binding.reject("conflict", "Someone else changed this record while you were editing it. Check the differences below, then save again if your version is right.");
            return "person/edit";
        }
        Forms.reject(binding, renamed(errors));
        return "person/edit";
    }

    @GetMapping("/people/{id}/relationships/new")
    String newRelationship(@PathVariable UUID id, @RequestParam(required = false) String name, Model model) {
        PersonDetails person = people.open(id);
        model.addAttribute("person", person);
        model.addAttribute("name", name);
        model.addAttribute("candidates", name == null || name.isBlank() ? List.of()
                : people.search(new SearchCriteria(name, null, null, null, null)).stream().filter(m -> !m.hidden() && !m.id().equals(id)).toList());
        return "person/relationship";
    }

    @PostMapping("/people/{id}/relationships")
    String addRelationship(@PathVariable UUID id, @RequestParam(required = false) UUID relativeId, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean parentalResponsibility, Model model) {
        try {
            families.relate(id, new RelationshipRecord(relativeId, type, parentalResponsibility, null));
        } catch (RuleViolationException e) {
            model.addAttribute("person", people.open(id));
            model.addAttribute("candidates", List.of());
            model.addAttribute("errors", e.fieldErrors());
            return "person/relationship";
        }
        return "redirect:/people/" + id + "#relationships";
    }

    @PostMapping("/people/{id}/involvements")
    String addInvolvement(@PathVariable UUID id, @RequestParam(required = false) String role, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String professionalName, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email, Model model, RedirectAttributes redirect) {
        try {
            families.involve(id, new InvolvementRecord(role, organisation, professionalName, phone, email, null, null));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("involvementErrors", e.fieldErrors());
        }
        return "redirect:/people/" + id + "#professionals";
    }

    @PostMapping("/people/{id}/restriction")
    String restrict(@PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) List<String> usernames, RedirectAttributes redirect) {
        java.util.Set<UUID> named = new java.util.LinkedHashSet<>();
        if (usernames != null) {
            for (String u : usernames) {
                for (String part : u.split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        staff.findByUsername(part.trim()).map(StaffSummary::id).ifPresent(named::add);
                    }
                }
            }
        }
        try {
            access.restrict(id, reason, named);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("restrictionError", e.fieldErrors().get("reason"));
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/restriction/lift")
    String lift(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            access.lift(id, reason);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("restrictionError", e.fieldErrors().get("reason"));
        }
        return "redirect:/people/" + id;
    }

    private static Map<String, String> renamed(Map<String, String> errors) {
        Map<String, String> result = new LinkedHashMap<>();
        errors.forEach((k, v) -> result.put(switch (k) {
            case "aliases" -> "otherNames";
            default -> k;
        }, v));
        return result;
    }

    private static String nv(String s) {
        return s == null ? "" : s;
    }
}
