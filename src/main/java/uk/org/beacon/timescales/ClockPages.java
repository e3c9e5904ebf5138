package uk.org.beacon.timescales;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/**
 * One clock of a child: its rule, start, due date after pauses, how it stopped or ended and why;
 * workers and managers pause it (the child in hospital, the family abroad), resume it, or end it
 * when it no longer applies, each with a reason. {@code ?asAt=} shows the clock as it stood on a past day.
 */
@Controller
class ClockPages {

    private final Clocks clocks;
    private final ClockAccess access;

    ClockPages(Clocks clocks, ClockAccess access) {
        this.clocks = clocks;
        this.access = access;
    }

    @GetMapping("/clocks/{id}")
    String clock(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            Model model) {
        model.addAttribute("form", new ClockForm());
        return page(id, asAt, model, true);
    }

    @PostMapping("/clocks/{id}/pause")
    String pause(@PathVariable UUID id, @ModelAttribute("form") ClockForm form, BindingResult binding, Model model) {
        open(id, false);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = form.pausedFrom(errors);
        return act(id, form, binding, model, errors, () -> clocks.pause(id, from, form.getPauseReason()), Map.of("reason", "pauseReason"));
    }

    @PostMapping("/clocks/{id}/resume")
    String resume(@PathVariable UUID id, @ModelAttribute("form") ClockForm form, BindingResult binding, Model model) {
        open(id, false);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = form.resumedOn(errors);
        return act(id, form, binding, model, errors, () -> clocks.resume(id, on), Map.of());
    }

    @PostMapping("/clocks/{id}/end")
    String end(@PathVariable UUID id, @ModelAttribute("form") ClockForm form, BindingResult binding, Model model) {
        open(id, false);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = form.endedOn(errors);
        long version = form.getVersion() == null ? -1 : form.getVersion();
        return act(id, form, binding, model, errors, () -> clocks.end(id, version, on, form.getEndReason()), Map.of());
    }

    private String act(UUID id, ClockForm form, BindingResult binding, Model model, Map<String, String> errors, Runnable action,
            Map<String, String> renamed) {
        if (errors.isEmpty()) {
            try {
                action.run();
                return "redirect:/clocks/" + id + "?changed";
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((field, message) -> errors.putIfAbsent(renamed.getOrDefault(field, field), message));
            } catch (EditConflictException e) {
                model.addAttribute("conflict", e);
                errors.put("version", "Someone changed this clock while you were looking at it: check it again below");
            }
        }
        Forms.reject(binding, errors);
        return page(id, null, model, false);
    }

    private String page(UUID id, LocalDate asAt, Model model, boolean audited) {
        LocalDate on = asAt != null ? asAt : clocks.today();
        ClockSummary clock = open(id, audited);
        // the page shows the clock today (for the actions) and as at the day asked about; most days they are one reading
        ClockSummary reading = on.equals(clocks.today()) ? clock : clocks.find(id, on);
        model.addAttribute("clock", reading);
        model.addAttribute("pauses", clocks.pauses(id));
        model.addAttribute("lateReasons", clocks.lateReasons());
        model.addAttribute("asAt", on);
        model.addAttribute("today", clocks.today());
        model.addAttribute("current", clock);
        ClockForm form = (ClockForm) model.getAttribute("form");
        if (form != null && form.getVersion() == null) {
            form.setVersion(clock.version());
        }
        return "timescales/clock";
    }

    private ClockSummary open(UUID id, boolean audited) {
        ClockSummary clock = clocks.find(id, clocks.today());
        access.check(clock.childId(), id.toString(), audited);
        return clock;
    }
}
