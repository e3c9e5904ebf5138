package uk.org.beacon.timescales;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/**
 * Administrator pages for the timescale rules: every rule with its national default and this
 * authority's setting, and one page per rule to set a local timescale (with reason and, to loosen
 * a statutory one such as T5, the recorded decision) or to return to the national default.
 */
@Controller
class TimescalePages {

    private final Timescales timescales;
    private final Staff staff;

    TimescalePages(Timescales timescales, Staff staff) {
        this.timescales = timescales;
        this.staff = staff;
    }

    @GetMapping("/admin/timescales")
    String rules(Model model) {
        model.addAttribute("rules", timescales.rules());
        return "timescales/rules";
    }

    @GetMapping("/admin/timescales/{id}")
    String rule(@PathVariable String id, Model model) {
        TimescaleRule rule = timescales.rule(id);
        model.addAttribute("form", OverrideForm.of(rule));
        return page(rule, model);
    }

    @PostMapping("/admin/timescales/{id}/override")
    String override(@PathVariable String id, @ModelAttribute("form") OverrideForm form, BindingResult binding, Model model) {
        TimescaleRule rule = timescales.rule(id);
        Map<String, String> errors = new LinkedHashMap<>();
        int amount = form.amountNumber(errors);
        try {
            timescales.override(id, form.versionOrUnknown(), amount, form.getUnit(), form.getDayZero(), form.getReason(),
                    form.getDecisionReference());
            if (errors.isEmpty()) {
                return "redirect:/admin/timescales?changed=" + id;
            }
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        } catch (EditConflictException e) {
            conflict(e, form, binding, model);
        }
        Forms.reject(binding, errors);
        return page(timescales.rule(id), model);
    }

    @PostMapping("/admin/timescales/{id}/override/removal")
    String remove(@PathVariable String id, @ModelAttribute("form") OverrideForm form, BindingResult binding, Model model) {
        timescales.rule(id);
        try {
            timescales.removeOverride(id, form.versionOrUnknown(), form.getRemovalReason());
            return "redirect:/admin/timescales?removed=" + id;
        } catch (RuleViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put("reason".equals(field) ? "removalReason" : field, message));
            Forms.reject(binding, errors);
        } catch (EditConflictException e) {
            conflict(e, form, binding, model);
        }
        return page(timescales.rule(id), model);
    }

    private static void conflict(EditConflictException e, OverrideForm form, BindingResult binding, Model model) {
        model.addAttribute("conflict", e.differences());
        form.setVersion(e.currentVersion());
        binding.reject("conflict", "Someone else changed this timescale while you were editing it. Check what is saved now, then save again.");
    }

    private String page(TimescaleRule rule, Model model) {
        var history = timescales.history(rule.id());
        model.addAttribute("rule", rule);
        model.addAttribute("history", history);
        model.addAttribute("names", staff.displayNames(history.stream()
                .flatMap(h -> Stream.of(h.setBy(), h.supersededBy()))
                .filter(Objects::nonNull)
                .toList()));
        model.addAttribute("units", TimescaleUnit.values());
        model.addAttribute("dayZeros", DayZero.values());
        return "timescales/rule";
    }
}
