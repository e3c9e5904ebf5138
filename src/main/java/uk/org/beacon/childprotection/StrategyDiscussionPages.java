package uk.org.beacon.childprotection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
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
import uk.org.beacon.codes.Code;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/** Recording a strategy discussion and reading one; starting the section 47 enquiry it decided. */
@Controller
class StrategyDiscussionPages {

    private final StrategyDiscussions discussions;
    private final People people;
    private final Clock clock;

    StrategyDiscussionPages(StrategyDiscussions discussions, People people, Clock clock) {
        this.discussions = discussions;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/strategy-discussions/new")
    String newDiscussion(@PathVariable UUID childId, Model model) {
        discussions.forChild(childId);
        model.addAttribute("form", StrategyDiscussionForm.startingAt(discussions.now()));
        return editPage(childId, model);
    }

    @PostMapping("/children/{childId}/strategy-discussions/new")
    String record(@PathVariable UUID childId, @ModelAttribute("form") StrategyDiscussionForm form, BindingResult binding,
            @RequestParam(required = false) String addParticipant, @RequestParam(required = false) String addAction, Model model,
            RedirectAttributes redirect) {
        if (addParticipant != null || addAction != null) {
            form.pad(addParticipant != null, addAction != null);
            return editPage(childId, model);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        StrategyDiscussionRecord record = form.toRecord(errors);
        try {
            if (errors.isEmpty()) {
                StrategyDiscussionDetails saved = discussions.record(childId, record);
                redirect.addFlashAttribute("recorded", true);
                return "redirect:/children/" + childId + "/strategy-discussions/" + saved.id();
            }
            discussions.latestReferral(childId).ifPresentOrElse(
                    r -> StrategyDiscussionRules.check(record, r.referralDate(), discussions.now(), discussions.agencies())
                            .forEach((k, v) -> errors.putIfAbsent(pageField(k), v)),
                    () -> errors.putIfAbsent("held", "This child has no referral: a strategy discussion follows a referral to children's social care"));
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach((k, v) -> errors.putIfAbsent(pageField(k), v));
        }
        errors.remove("heldAt");
        Forms.reject(binding, errors);
        form.pad(false, false);
        return editPage(childId, model);
    }

    @GetMapping("/children/{childId}/strategy-discussions/{discussionId}")
    String discussion(@PathVariable UUID childId, @PathVariable UUID discussionId, Model model) {
        StrategyDiscussionDetails d = discussions.open(discussionId);
        if (!d.childId().equals(childId)) {
            throw new NotFoundException("No such strategy discussion on this child's record");
        }
        header(childId, model);
        model.addAttribute("discussion", d);
        if (!model.containsAttribute("start")) {
            LocalDate held = d.heldAt().toLocalDate();
            model.addAttribute("start", Map.of("startedOnDay", String.valueOf(held.getDayOfMonth()), "startedOnMonth",
                    String.valueOf(held.getMonthValue()), "startedOnYear", String.valueOf(held.getYear())));
        }
        return "childprotection/strategy-discussion";
    }

    /** The field a rule's message belongs to on this page. */
    static String pageField(String ruleField) {
        if (ruleField.equals("heldAt")) {
            return "held";
        }
        if (ruleField.endsWith(".dueOn")) {
            return ruleField.substring(0, ruleField.length() - ".dueOn".length()) + ".due";
        }
        return ruleField;
    }

    private String editPage(UUID childId, Model model) {
        header(childId, model);
        model.addAttribute("agencies", discussions.agencies().active());
        model.addAttribute("kinds", List.of(new Code("DISCUSSION", "Discussion (for example by phone or video)", false),
                new Code("MEETING", "Meeting", false)));
        model.addAttribute("attendance", List.of(new Code("ATTENDED", "Took part", false),
                new Code("SENT_INFORMATION", "Sent information in writing", false), new Code("DID_NOT_ATTEND", "Did not attend", false)));
        model.addAttribute("yesNo", List.of(new Code("yes", "Yes", false), new Code("no", "No", false)));
        model.addAttribute("jointOptions", List.of(new Code("JOINT", "Joint with the police", false),
                new Code("SINGLE", "Single agency (children's social care)", false)));
        model.addAttribute("hasReferral", discussions.latestReferral(childId).isPresent());
        return "childprotection/strategy-discussion-new";
    }

    /** The child's heading, shared with casework's pages (the fragment {@code casework/_child :: header}). */
    PersonBrief header(UUID childId, Model model) {
        return childHeader(people, clock, childId, model);
    }

    static PersonBrief childHeader(People people, Clock clock, UUID childId, Model model) {
        PersonBrief brief = people.briefs(List.of(childId)).get(childId);
        if (brief == null) {
            throw new NotFoundException("No such child");
        }
        model.addAttribute("child", brief);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("childAge", brief.dateOfBirth() == null || brief.dateOfBirth().isAfter(today) ? null
                : Period.between(brief.dateOfBirth(), today).getYears());
        model.addAttribute("childSection", "child-protection");
        return brief;
    }
}
