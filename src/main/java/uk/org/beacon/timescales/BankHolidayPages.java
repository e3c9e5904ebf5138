package uk.org.beacon.timescales;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/**
 * The bank holidays page for administrators: the year's holidays in England and Wales, and a form
 * to add a one-off holiday when one is proclaimed, so that working-day clocks (T2, T5, T11) skip it.
 */
@Controller
class BankHolidayPages {

    private final BankHolidays bankHolidays;
    private final Clock clock;

    BankHolidayPages(BankHolidays bankHolidays, Clock clock) {
        this.bankHolidays = bankHolidays;
        this.clock = clock;
    }

    @GetMapping("/admin/bank-holidays")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("form", new BankHolidayForm());
        return page(year, model);
    }

    @PostMapping("/admin/bank-holidays")
    String add(@ModelAttribute("form") BankHolidayForm form, BindingResult binding, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = form.date(errors);
        if (errors.isEmpty()) {
            try {
                LocalDate added = bankHolidays.addHoliday(date, form.getTitle()).date();
                return "redirect:/admin/bank-holidays?year=" + added.getYear() + "&added=" + added;
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            }
        } else if (form.getTitle() == null || form.getTitle().isBlank()) {
            errors.put("title", "Enter the name of the bank holiday");
        }
        Forms.reject(binding, errors);
        return page(date == null ? null : date.getYear(), model);
    }

    private String page(Integer year, Model model) {
        int shown = year == null || year < 1900 || year > 2200 ? clock.instant().atZone(clock.getZone()).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("holidays", bankHolidays.inYear(shown));
        return "timescales/bank-holidays";
    }
}
