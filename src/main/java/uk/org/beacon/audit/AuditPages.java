package uk.org.beacon.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.org.beacon.identity.Staff;

/** Administrators read a child's access log and a member of staff's access history. */
@Controller
class AuditPages {

    private final AuditTrail trail;
    private final Staff staff;

    AuditPages(AuditTrail trail, Staff staff) {
        this.trail = trail;
        this.staff = staff;
    }

    @GetMapping("/admin/audit/people/{id}")
    String person(@PathVariable UUID id, Model model) {
        List<AuditRecord> records = trail.forSubject(id, 500);
        model.addAttribute("records", records);
        model.addAttribute("names", staff.displayNames(records.stream().map(AuditRecord::actorId).toList()));
        model.addAttribute("title", "Access log for record " + id);
        model.addAttribute("subjectId", id);
        return "audit/log";
    }

    @GetMapping("/admin/audit/people")
    String findPerson(@org.springframework.web.bind.annotation.RequestParam(required = false) String id) {
        try {
            return "redirect:/admin/audit/people/" + UUID.fromString(id == null ? "" : id.trim());
        } catch (IllegalArgumentException notAnIdentifier) {
            return "redirect:/admin?badRecordId";
        }
    }

    @GetMapping("/admin/audit/staff/{id}")
    String staffMember(@PathVariable UUID id, Model model) {
        List<AuditRecord> records = trail.byActor(id, 500);
        model.addAttribute("records", records);
        model.addAttribute("names", staff.displayNames(List.of(id)));
        model.addAttribute("title", "Access history of " + staff.find(id).map(s -> s.displayName()).orElse(id.toString()));
        return "audit/log";
    }
}
