package uk.org.beacon.identity;

import java.util.UUID;
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
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/** Administrator pages: staff accounts, services and teams. */
@Controller
class AdminPages {

    private final Staff staff;
    private final Teams teams;

    AdminPages(Staff staff, Teams teams) {
        this.staff = staff;
        this.teams = teams;
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("staff", staff.all());
        model.addAttribute("teams", teams.byId());
        return "identity/admin";
    }

    @GetMapping("/admin/staff/new")
    String newStaff(Model model) {
        model.addAttribute("form", new StaffForm());
        model.addAttribute("teamList", teams.all());
        return "identity/staff-edit";
    }

    @PostMapping("/admin/staff/new")
    String create(@ModelAttribute("form") StaffForm form, BindingResult binding, Model model) {
        try {
            StaffSummary saved = staff.create(form.toDetails());
            return "redirect:/admin?created=" + saved.id();
        } catch (RuleViolationException e) {
            Forms.reject(binding, e.fieldErrors());
        }
        model.addAttribute("teamList", teams.all());
        return "identity/staff-edit";
    }

    @GetMapping("/admin/staff/{id}")
    String edit(@PathVariable UUID id, Model model) {
        StaffSummary s = staff.find(id).orElseThrow(() -> new NotFoundException("No such member of staff"));
        model.addAttribute("form", StaffForm.of(s));
        model.addAttribute("staffId", id);
        model.addAttribute("teamList", teams.all());
        return "identity/staff-edit";
    }

    @PostMapping("/admin/staff/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") StaffForm form, BindingResult binding, Model model) {
        model.addAttribute("staffId", id);
        model.addAttribute("teamList", teams.all());
        try {
            staff.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
            return "redirect:/admin";
        } catch (RuleViolationException e) {
            Forms.reject(binding, e.fieldErrors());
        } catch (EditConflictException e) {
            model.addAttribute("conflict", e.differences());
            form.setVersion(e.currentVersion());
            binding.reject("conflict", "Someone else changed this account while you were editing it. Check the differences, then save again.");
        }
        return "identity/staff-edit";
    }

    @GetMapping("/admin/teams")
    String teams(Model model) {
        model.addAttribute("teamList", teams.all());
        model.addAttribute("services", teams.services());
        return "identity/teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(@RequestParam(required = false) UUID serviceId, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, Model model) {
        try {
            teams.createTeam(serviceId, code, name);
            return "redirect:/admin/teams";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("teamList", teams.all());
            model.addAttribute("services", teams.services());
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            return "identity/teams";
        }
    }
}
