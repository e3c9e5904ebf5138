package uk.org.beacon.childprotection.conference;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The chair's pages: the list of conferences (upcoming with missing reports, to be arranged with due
 * dates), one conference (before the conference: each agency's report; arranging and invitations; who
 * took part; the decision; the minutes), recording an agency's report, the family's decision letter, and
 * the quality figures by team and agency. Every form posts and redirects; a refusal shows the page
 * again with the message at the field.
 */
@Controller
class ConferencePages {

    private final Conferences conferences;
    private final ConferenceQuality quality;
    private final DecisionLetterPdf letters;
    private final CurrentStaff currentStaff;
    private final Teams teams;

    ConferencePages(Conferences conferences, ConferenceQuality quality, DecisionLetterPdf letters, CurrentStaff currentStaff, Teams teams) {
        this.conferences = conferences;
        this.quality = quality;
        this.letters = letters;
        this.currentStaff = currentStaff;
        this.teams = teams;
    }

    @GetMapping("/child-protection/conferences")
    String list(Model model) {
        StaffSummary me = currentStaff.require();
        model.addAttribute("mine", me.has(Role.CP_CHAIR) ? conferences.upcoming(me.id()) : List.of());
        model.addAttribute("upcoming", conferences.upcoming(null));
        model.addAttribute("toArrange", conferences.toBeArranged());
        model.addAttribute("toFinalise", me.has(Role.CP_CHAIR) ? conferences.minutesToFinalise(me.id()) : List.of());
        model.addAttribute("today", conferences.today());
        return "childprotection/conference/list";
    }

    private String base(UUID childId, UUID id) {
        return "/children/" + childId + "/child-protection/conferences/" + id;
    }

    @GetMapping("/children/{childId}/child-protection/conferences/{id}")
    String conference(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        return page(childId, id, model, Map.of(), Map.of(), null);
    }

    private String page(UUID childId, UUID id, Model model, Map<String, String> errors, Map<String, String> values, String section) {
        ConferenceDetails c = conferences.open(id);
        if (!c.childId().equals(childId)) {
            throw new NotFoundException("No such conference for this child");
        }
        StaffSummary me = currentStaff.require();
        model.addAttribute("c", c);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("section", section);
        model.addAttribute("isChair", me.has(Role.CP_CHAIR));
        model.addAttribute("today", conferences.today());
        model.addAttribute("categories", conferences.categories().active());
        model.addAttribute("lateReasons", conferences.lateReasons().active());
        model.addAttribute("agencies", conferences.agencies().active());
        model.addAttribute("preselected", Conferences.PRESELECTED_AGENCIES);
        if (c.toBeArranged() || c.scheduled()) {
            model.addAttribute("chairs", conferences.chairs());
            model.addAttribute("family", conferences.familyToInvite(childId));
            model.addAttribute("teams", teams.all().stream().filter(t -> !t.retired()).toList());
        }
        LocalDate heldOn = values.containsKey("heldOnYear") ? date(values, "heldOn", new LinkedHashMap<>()) : null;
        model.addAttribute("askLateReason", c.scheduled() && (conferences.today().isAfter(c.dueOn())
                || (heldOn != null && conferences.lateIfHeldOn(id, heldOn))));
        return "childprotection/conference/conference";
    }

    @PostMapping("/children/{childId}/child-protection/conferences/{id}/arrange")
    String arrange(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version,
            @RequestParam Map<String, String> values, @RequestParam(required = false) List<UUID> familyInvited,
            @RequestParam(required = false) List<String> agencies, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = date(values, "scheduledFor", errors);
        LocalTime time = time(values.get("scheduledForTime"), errors);
        if (day == null && !errors.containsKey("scheduledForDay")) {
            errors.put("scheduledForDay", "Enter the date of the conference");
        }
        if (errors.isEmpty()) {
            try {
                conferences.arrange(id, version, new ConferenceArrangement(LocalDateTime.of(day, time), values.get("venue"),
                        uuid(values.get("chairId")), uuid(values.get("socialWorkTeamId")), null, familyInvited == null ? List.of() : familyInvited,
                        !"false".equals(values.get("childInvited")), values.get("childNotInvitedReason"),
                        agencies == null ? List.of() : agencies));
                redirect.addFlashAttribute("banner", "Conference arranged. Invitations recorded and agency reports requested.");
                return "redirect:" + base(childId, id);
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((k, v) -> errors.put(k.equals("scheduledFor") ? "scheduledForDay" : k, v));
            } catch (EditConflictException e) {
                errors.put("scheduledForDay", "Someone changed this conference since you opened it: check it and try again");
            }
        }
        return page(childId, id, model, errors, values, "arrange");
    }

    @GetMapping("/children/{childId}/child-protection/conferences/{id}/reports/{agency}")
    String report(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable String agency, Model model) {
        return reportPage(childId, id, agency, model, Map.of(), Map.of());
    }

    private String reportPage(UUID childId, UUID id, String agency, Model model, Map<String, String> errors, Map<String, String> values) {
        ConferenceDetails c = conferences.open(id);
        ConferenceDetails.AgencyReport report = c.reports().stream().filter(r -> r.agency().equals(agency)).findFirst()
                .orElseThrow(() -> new NotFoundException("That agency was not asked for a report"));
        if (!c.childId().equals(childId)) {
            throw new NotFoundException("No such conference for this child");
        }
        model.addAttribute("c", c);
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "childprotection/conference/report";
    }

    @PostMapping("/children/{childId}/child-protection/conferences/{id}/reports/{agency}")
    String recordReport(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable String agency, @RequestParam long version,
            @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate received = date(values, "receivedOn", errors);
        LocalDate shared = date(values, "sharedOn", errors);
        if (errors.isEmpty()) {
            try {
                conferences.recordReport(id, version, agency, received, shared);
                redirect.addFlashAttribute("banner", "Report recorded.");
                return "redirect:" + base(childId, id) + "#before";
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((k, v) -> errors.put(k.equals("receivedOn") ? "receivedOnDay" : k.equals("sharedWithParentsOn")
                        ? "sharedOnDay" : k, v));
            } catch (EditConflictException e) {
                errors.put("receivedOnDay", "Someone changed this conference since you opened it: check it and try again");
            }
        }
        return reportPage(childId, id, agency, model, errors, values);
    }

    @PostMapping("/children/{childId}/child-protection/conferences/{id}/participation")
    String participation(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version,
            @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        ConferenceDetails c = conferences.open(id);
        List<Participation> rows = new ArrayList<>();
        for (ConferenceDetails.Invitee i : c.invitees()) {
            String k = i.id().toString();
            rows.add(new Participation(i.id(), values.get("attendance-" + k), values.get("contributedBy-" + k), values.get("notInvitedReason-" + k),
                    "true".equals(values.get("advocateUsed-" + k)), values.get("advocateName-" + k), "true".equals(values.get("supporter-" + k))));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            conferences.recordParticipation(id, version, rows);
            redirect.addFlashAttribute("banner", "Participation recorded.");
            return "redirect:" + base(childId, id) + "#participation";
        } catch (RuleViolationException e) {
            errors.putAll(e.fieldErrors());
        } catch (EditConflictException e) {
            errors.put("participation", "Someone changed this conference since you opened it: check it and try again");
        }
        return page(childId, id, model, errors, values, "participation");
    }

    @PostMapping("/children/{childId}/child-protection/conferences/{id}/decision")
    String decision(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> values,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate heldOn = date(values, "heldOn", errors);
        if (errors.isEmpty()) {
            String plan = values.get("planDecided");
            try {
                conferences.recordDecision(id, version, new ConferenceDecision(heldOn, plan == null ? null : "true".equals(plan),
                        values.get("category"), values.get("risksSummary"), values.get("strengthsSummary"), values.get("chairRationale"),
                        values.get("managerRationale"), values.get("dissentBy"), values.get("dissent"), values.get("lateReasonCode"),
                        values.get("lateReasonText")));
                redirect.addFlashAttribute("banner", "Decision recorded. The family's decision letter is ready.");
                return "redirect:" + base(childId, id) + "#decision";
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((k, v) -> errors.put(k.equals("heldOn") ? "heldOnDay" : k, v));
            } catch (EditConflictException e) {
                errors.put("heldOnDay", "Someone changed this conference since you opened it: check it and try again");
            }
        }
        return page(childId, id, model, errors, values, "decision");
    }

    @PostMapping("/children/{childId}/child-protection/conferences/{id}/minutes")
    String minutes(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String minutes,
            @RequestParam(defaultValue = "save") String action, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            ConferenceDetails saved = conferences.saveMinutes(id, version, minutes);
            if ("finalise".equals(action)) {
                conferences.finaliseMinutes(id, saved.version());
                redirect.addFlashAttribute("banner", "Minutes finalised. They can no longer be changed: add an amendment if needed.");
            } else {
                redirect.addFlashAttribute("banner", "Draft minutes saved.");
            }
            return "redirect:" + base(childId, id) + "#minutes";
        } catch (RuleViolationException e) {
            errors.putAll(e.fieldErrors());
        } catch (EditConflictException e) {
            errors.put("minutes", "Someone saved these minutes since you opened them: copy your text, reload and try again");
        }
        return page(childId, id, model, errors, values, "minutes");
    }

    /** htmx: saves the draft minutes as typed and answers with a status line (and the new version). */
    @PostMapping("/children/{childId}/child-protection/conferences/{id}/minutes/autosave")
    String autosave(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String minutes,
            Model model) {
        try {
            ConferenceDetails saved = conferences.saveMinutes(id, version, minutes);
            model.addAttribute("savedVersion", saved.version());
            model.addAttribute("message", "Draft saved");
        } catch (RuleViolationException | EditConflictException e) {
            model.addAttribute("savedVersion", version);
            model.addAttribute("message", "Not saved: use Save draft to see why");
        }
        return "childprotection/conference/_autosaved";
    }

    @PostMapping("/children/{childId}/child-protection/conferences/{id}/amendments")
    String amend(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        try {
            conferences.amend(id, values.get("amendment"), values.get("amendmentReason"));
            redirect.addFlashAttribute("banner", "Amendment added to the minutes.");
            return "redirect:" + base(childId, id) + "#minutes";
        } catch (RuleViolationException e) {
            return page(childId, id, model, e.fieldErrors(), values, "amendment");
        }
    }

    @PostMapping("/children/{childId}/child-protection/conferences/{id}/quality")
    String qualityForm(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        try {
            quality.record(id, new QualityScores(score(values.get("agencyTimeliness")), score(values.get("socialWorkReportQuality")),
                    score(values.get("childVoice")), score(values.get("advocacy")), score(values.get("parentsPreparation")),
                    score(values.get("planQuality")), values.get("comment"), null));
            redirect.addFlashAttribute("banner", "Quality assurance form recorded.");
            return "redirect:" + base(childId, id) + "#quality";
        } catch (RuleViolationException e) {
            return page(childId, id, model, e.fieldErrors(), values, "quality");
        }
    }

    @GetMapping("/children/{childId}/child-protection/conferences/{id}/decision-letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID childId, @PathVariable UUID id) {
        ConferenceDetails c = conferences.open(id);
        if (!c.childId().equals(childId) || !c.held()) {
            throw new NotFoundException("The decision letter is ready once the conference's decision is recorded");
        }
        byte[] pdf = letters.render(c, currentStaff.require().displayName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("conference-decision-letter.pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @GetMapping("/child-protection/quality")
    String qualityFigures(@RequestParam(required = false) String fromDay, @RequestParam(required = false) String fromMonth,
            @RequestParam(required = false) String fromYear, @RequestParam(required = false) String toDay,
            @RequestParam(required = false) String toMonth, @RequestParam(required = false) String toYear, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = conferences.today();
        LocalDate from = DateFields.read(fromDay, fromMonth, fromYear, "fromDay", "The from date", errors).orElse(today.minusMonths(12));
        LocalDate to = DateFields.read(toDay, toMonth, toYear, "toDay", "The to date", errors).orElse(today);
        if (to.isBefore(from)) {
            errors.put("toDay", "The to date must be the same as or after the from date");
            to = from;
        }
        model.addAttribute("errors", errors);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("teams", quality.byTeam(from, to));
        model.addAttribute("agencies", quality.byAgency(from, to));
        model.addAttribute("sharingDays", conferences.sharingWorkingDays());
        return "childprotection/conference/quality";
    }

    private static Integer score(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(Map<String, String> values, String prefix, Map<String, String> errors) {
        String label = switch (prefix) {
            case "scheduledFor" -> "The date of the conference";
            case "heldOn" -> "The date the conference was held";
            case "receivedOn" -> "The date received";
            default -> "The date shared";
        };
        return DateFields.read(values.get(prefix + "Day"), values.get(prefix + "Month"), values.get(prefix + "Year"), prefix + "Day", label, errors)
                .orElse(null);
    }

    private static LocalTime time(String s, Map<String, String> errors) {
        if (s == null || s.isBlank()) {
            errors.put("scheduledForTime", "Enter the time of the conference, for example 10:00");
            return null;
        }
        try {
            String[] parts = s.strip().replace('.', ':').split(":");
            return LocalTime.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
        } catch (NumberFormatException | DateTimeException e) {
            errors.put("scheduledForTime", "Enter the time as hours and minutes, for example 10:00 or 14:30");
            return null;
        }
    }

}
