package uk.org.beacon.identity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

/** The administrator's page for a member of staff's workforce facts (used by workload and the workforce measures). */
@Controller
class WorkforcePages {

    private final Workforce workforce;
    private final Staff staff;

    WorkforcePages(Workforce workforce, Staff staff) {
        this.workforce = workforce;
        this.staff = staff;
    }

    @GetMapping("/admin/staff/{id}/workforce")
    String show(@PathVariable UUID id, Model model) {
        StaffWorkforce w = workforce.find(id);
        return page(id, w.fte().toPlainString(), w.employment(), w.newlyQualified(),
                w.capacityOverride() == null ? "" : w.capacityOverride().stripTrailingZeros().toPlainString(), w.version(), Map.of(), model);
    }

    @PostMapping("/admin/staff/{id}/workforce")
    String save(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String fte,
            @RequestParam(required = false) String employment, @RequestParam(required = false) String newlyQualified,
            @RequestParam(required = false) String capacityOverride, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal fteValue = number(fte, "fte", "Enter the FTE as a number above 0 and up to 1, for example 0.6", errors);
        BigDecimal capacity = capacityOverride == null || capacityOverride.isBlank() ? null
                : number(capacityOverride, "capacityOverride", "Enter the capacity as a number of weighted cases, for example 12, or leave it blank", errors);
        boolean nq = "yes".equals(newlyQualified);
        if (errors.isEmpty()) {
            try {
                workforce.update(id, version, fteValue, employment, nq, capacity);
                return "redirect:/admin/staff/" + id;
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            } catch (EditConflictException e) {
                errors.put("fte", "Someone else changed this account while you were editing it: check the values and save again");
                version = e.currentVersion();
            }
        }
        return page(id, fte, employment, nq, capacityOverride, version, errors, model);
    }

    private String page(UUID id, String fte, String employment, boolean nq, String capacity, long version, Map<String, String> errors, Model model) {
        model.addAttribute("staffId", id);
        model.addAttribute("staffName", staff.find(id).map(StaffSummary::displayName).orElse("Member of staff"));
        model.addAttribute("fte", fte);
        model.addAttribute("employment", employment);
        model.addAttribute("newlyQualified", nq);
        model.addAttribute("capacityOverride", capacity);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "identity/staff-workforce";
    }

    private static BigDecimal number(String value, String field, String message, Map<String, String> errors) {
        try {
            return new BigDecimal(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }
}
