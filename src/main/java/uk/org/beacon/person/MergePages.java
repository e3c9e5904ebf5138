package uk.org.beacon.person;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.web.RuleViolationException;

/**
 * Pages for managers to find likely duplicate records, compare two records and merge them with a
 * reason, and to see or reverse a merge. Plain forms: everything works without JavaScript.
 */
@Controller
class MergePages {

    static final int DUPLICATES_SHOWN = 100;

    private final PersonMerges merges;
    private final Staff staff;

    MergePages(PersonMerges merges, Staff staff) {
        this.merges = merges;
        this.staff = staff;
    }

    @GetMapping("/people/duplicates")
    String duplicates(Model model) {
        model.addAttribute("pairs", merges.likelyDuplicates(DUPLICATES_SHOWN));
        return "person/duplicates";
    }

    @GetMapping("/people/merges/new")
    String compare(@RequestParam UUID first, @RequestParam UUID second, Model model) {
        return comparePage(first, second, "first", "", Map.of(), model);
    }

    @PostMapping("/people/merges")
    String merge(@RequestParam UUID first, @RequestParam UUID second, @RequestParam(required = false) String keep,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"first".equals(keep) && !"second".equals(keep)) {
            errors.put("keep", "Select the record to keep");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Enter why these records are the same person");
        }
        if (errors.isEmpty()) {
            UUID survivor = "first".equals(keep) ? first : second;
            UUID merged = "first".equals(keep) ? second : first;
            try {
                MergeSummary summary = merges.merge(survivor, merged, reason);
                redirect.addFlashAttribute("merged", true);
                return "redirect:/people/merges/" + summary.mergeId();
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((field, message) -> errors.putIfAbsent(field.equals("reason") ? "reason" : "keep", message));
            }
        }
        return comparePage(first, second, keep, reason, errors, model);
    }

    @GetMapping("/people/merges/{id}")
    String summary(@PathVariable UUID id, Model model) {
        return summaryPage(merges.summary(id), "", Map.of(), model);
    }

    @PostMapping("/people/merges/{id}/reversal")
    String reverse(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            merges.reverse(id, reason);
        } catch (RuleViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(field.equals("reason") ? "reason" : "reverse-form", message));
            return summaryPage(merges.summary(id), reason, errors, model);
        }
        redirect.addFlashAttribute("reversed", true);
        return "redirect:/people/merges/" + id;
    }

    private String comparePage(UUID first, UUID second, String keep, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("sides", merges.compare(first, second));
        model.addAttribute("keep", keep == null ? "" : keep);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", errors);
        return "person/merge-new";
    }

    private String summaryPage(MergeSummary summary, String reason, Map<String, String> errors, Model model) {
        Set<UUID> people = new HashSet<>();
        if (summary.mergedBy() != null) people.add(summary.mergedBy());
        if (summary.reversedBy() != null) people.add(summary.reversedBy());
        model.addAttribute("merge", summary);
        model.addAttribute("staffNames", people.isEmpty() ? Map.of() : staff.displayNames(people));
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", errors);
        model.addAttribute("toReview", summary.toReview() == null ? List.of() : summary.toReview());
        return "person/merge";
    }
}
