package uk.org.beacon.childprotection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.beacon.codes.Code;
import uk.org.beacon.person.People;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * A section 47 enquiry's pages: starting one from the strategy discussion that decided it, and the
 * enquiry itself (one timeline of steps, which checks with which agencies were done, co-workers,
 * oversight, outcome and sign-off), each change posted and redirected back.
 */
@Controller
class Section47Pages {

    private final Section47Enquiries enquiries;
    private final StrategyDiscussions discussions;
    private final People people;
    private final Clock clock;

    Section47Pages(Section47Enquiries enquiries, StrategyDiscussions discussions, People people, Clock clock) {
        this.enquiries = enquiries;
        this.discussions = discussions;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/section-47-enquiries/new")
    String newEnquiry(@PathVariable UUID childId, Model model) {
        LocalDate today = enquiries.today();
        return startPage(childId, Map.of("startedOnDay", String.valueOf(today.getDayOfMonth()), "startedOnMonth",
                String.valueOf(today.getMonthValue()), "startedOnYear", String.valueOf(today.getYear())), Map.of(), model);
    }

    @PostMapping("/children/{childId}/section-47-enquiries")
    String start(@PathVariable UUID childId, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate startedOn = DateFields.read(params.get("startedOnDay"), params.get("startedOnMonth"), params.get("startedOnYear"),
                "startedOnDay", "The start date", errors).orElse(null);
        UUID discussionId = uuid(params.get("strategyDiscussionId"));
        try {
            if (errors.isEmpty()) {
                Section47Details e = enquiries.start(childId, discussionId, startedOn, null);
                redirect.addFlashAttribute("started", true);
                return "redirect:/children/" + childId + "/section-47-enquiries/" + e.id();
            }
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach((k, v) -> errors.putIfAbsent(k.equals("startedOn") ? "startedOnDay" : k, v));
        }
        return startPage(childId, params, errors, model);
    }

    private String startPage(UUID childId, Map<String, String> values, Map<String, String> errors, Model model) {
        List<StrategyDiscussionDetails> all = discussions.forChild(childId);
        StrategyDiscussionPages.childHeader(people, clock, childId, model);
        model.addAttribute("discussions", all.stream().filter(StrategyDiscussionDetails::mayStartEnquiry).toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "childprotection/section47-new";
    }

    @GetMapping("/children/{childId}/section-47-enquiries/{enquiryId}")
    String enquiry(@PathVariable UUID childId, @PathVariable UUID enquiryId, Model model) {
        return enquiryPage(childId, enquiryId, Map.of(), Map.of(), null, model);
    }

    @PostMapping("/children/{childId}/section-47-enquiries/{enquiryId}/steps")
    String recordStep(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        requireOfChild(childId, enquiryId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = DateFields.read(params.get("occurredDay"), params.get("occurredMonth"), params.get("occurredYear"), "occurredDay",
                "The date of the step", errors).orElse(null);
        LocalTime time = time(params.get("occurredTime"), "occurredTime", errors);
        if (day == null && !errors.containsKey("occurredDay")) {
            errors.put("occurredDay", "Enter the date of the step");
        }
        String done = params.get("checkDone");
        Section47StepRecord step = new Section47StepRecord(day != null && time != null ? day.atTime(time) : null, params.get("kind"),
                blankToNull(params.get("agency")), "yes".equals(done) ? Boolean.TRUE : "no".equals(done) ? Boolean.FALSE : null,
                params.get("detail"), params.containsKey("childSeen"), params.containsKey("childSeenAlone"));
        return change(childId, enquiryId, "step", params, errors, model, redirect, () -> enquiries.recordStep(enquiryId, step));
    }

    @PostMapping("/children/{childId}/section-47-enquiries/{enquiryId}/steps/{stepId}/void")
    String voidStep(@PathVariable UUID childId, @PathVariable UUID enquiryId, @PathVariable UUID stepId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        requireOfChild(childId, enquiryId);
        return change(childId, enquiryId, "void", params, new LinkedHashMap<>(), model, redirect,
                () -> enquiries.voidStep(enquiryId, stepId, params.get("voidReason")));
    }

    @PostMapping("/children/{childId}/section-47-enquiries/{enquiryId}/co-workers")
    String addCoworker(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        requireOfChild(childId, enquiryId);
        return change(childId, enquiryId, "coworker", params, new LinkedHashMap<>(), model, redirect,
                () -> enquiries.addCoworker(enquiryId, version(params), uuid(params.get("staffId")), params.get("reason")));
    }

    @PostMapping("/children/{childId}/section-47-enquiries/{enquiryId}/co-workers/{staffId}/remove")
    String removeCoworker(@PathVariable UUID childId, @PathVariable UUID enquiryId, @PathVariable UUID staffId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        requireOfChild(childId, enquiryId);
        return change(childId, enquiryId, "coworker", params, new LinkedHashMap<>(), model, redirect,
                () -> enquiries.removeCoworker(enquiryId, version(params), staffId, params.get("removalReason")));
    }

    @PostMapping("/children/{childId}/section-47-enquiries/{enquiryId}/oversight")
    String oversight(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        requireOfChild(childId, enquiryId);
        return change(childId, enquiryId, "oversight", params, new LinkedHashMap<>(), model, redirect,
                () -> enquiries.recordOversight(enquiryId, params.get("note")));
    }

    @PostMapping("/children/{childId}/section-47-enquiries/{enquiryId}/outcome")
    String outcome(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        requireOfChild(childId, enquiryId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateFields.read(params.get("concludedOnDay"), params.get("concludedOnMonth"), params.get("concludedOnYear"),
                "concludedOnDay", "The date the enquiry concluded", errors).orElse(null);
        return change(childId, enquiryId, "outcome", params, errors, model, redirect,
                () -> enquiries.recordOutcome(enquiryId, version(params), params.get("outcome"), on, params.get("outcomeSummary")));
    }

    @PostMapping("/children/{childId}/section-47-enquiries/{enquiryId}/sign-off")
    String signOff(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        requireOfChild(childId, enquiryId);
        boolean returning = params.containsKey("return");
        return change(childId, enquiryId, "signoff", params, new LinkedHashMap<>(), model, redirect,
                () -> returning ? enquiries.returnOutcome(enquiryId, version(params), params.get("managerRationale"))
                        : enquiries.signOff(enquiryId, version(params), params.get("managerRationale")));
    }

    private String change(UUID childId, UUID enquiryId, String what, Map<String, String> params, Map<String, String> errors, Model model,
            RedirectAttributes redirect, java.util.function.Supplier<Section47Details> action) {
        if (errors.isEmpty()) {
            try {
                action.get();
                redirect.addFlashAttribute("changed", what);
                return "redirect:/children/" + childId + "/section-47-enquiries/" + enquiryId + "#" + what;
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((k, v) -> errors.putIfAbsent(pageField(k), v));
            } catch (EditConflictException e) {
                errors.put("conflict", "Someone changed this enquiry since you opened it: check it and try again");
            }
        }
        return enquiryPage(childId, enquiryId, params, errors, what, model);
    }

    private String enquiryPage(UUID childId, UUID enquiryId, Map<String, String> values, Map<String, String> errors, String form, Model model) {
        Section47Details e = enquiries.open(enquiryId);
        if (!e.childId().equals(childId)) {
            throw new NotFoundException("No such section 47 enquiry on this child's record");
        }
        StrategyDiscussionPages.childHeader(people, clock, childId, model);
        model.addAttribute("enquiry", e);
        Map<String, String> v = new HashMap<>(values);
        LocalDateTime now = discussions.now();
        v.putIfAbsent("occurredDay", String.valueOf(now.getDayOfMonth()));
        v.putIfAbsent("occurredMonth", String.valueOf(now.getMonthValue()));
        v.putIfAbsent("occurredYear", String.valueOf(now.getYear()));
        v.putIfAbsent("occurredTime", String.format("%02d:%02d", now.getHour(), now.getMinute()));
        model.addAttribute("values", v);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("agencies", enquiries.agencies().active());
        model.addAttribute("stepKinds", List.of(new Code("VISIT", "Visit", false), new Code("AGENCY_CHECK", "Check with an agency", false),
                new Code("INTERVIEW", "Interview", false), new Code("MEDICAL", "Medical assessment", false), new Code("OTHER", "Other", false)));
        model.addAttribute("outcomes", List.of(Section47Outcome.values()));
        if (e.mayRecord() || e.mayOversee()) {
            model.addAttribute("possibleCoworkers", enquiries.possibleCoworkers());
            model.addAttribute("teamNames", enquiries.teamNames());
        }
        return "childprotection/section47";
    }

    private void requireOfChild(UUID childId, UUID enquiryId) {
        if (!childId.equals(enquiries.childOf(enquiryId))) {
            throw new NotFoundException("No such section 47 enquiry on this child's record");
        }
    }

    static String pageField(String field) {
        return switch (field) {
            case "occurredAt" -> "occurredDay";
            case "concludedOn" -> "concludedOnDay";
            case "startedOn" -> "startedOnDay";
            default -> field;
        };
    }

    private static LocalTime time(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Enter the time, like 09:30 or 14:05");
            return null;
        }
        try {
            String t = value.trim().replace('.', ':');
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the time, like 09:30 or 14:05");
            return null;
        }
    }

    private static long version(Map<String, String> params) {
        try {
            return Long.parseLong(params.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
