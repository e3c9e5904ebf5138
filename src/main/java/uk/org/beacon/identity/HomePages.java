package uk.org.beacon.identity;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Sign-in, the landing page (with any alerts for a manager) and the accessibility statement. Social
 * workers and team managers land on their own worklist ("my work"), which shows their alerts too.
 */
@Controller
class HomePages {

    private final RecordAccess access;
    private final Staff staff;
    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final CurrentStaff currentStaff;

    HomePages(RecordAccess access, Staff staff, ObjectProvider<ClientRegistrationRepository> oidc, CurrentStaff currentStaff) {
        this.access = access;
        this.staff = staff;
        this.oidc = oidc;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("singleSignOn", oidc.getIfAvailable() != null);
        return "identity/sign-in";
    }

    @GetMapping("/")
    String home(Model model) {
        StaffSummary me = currentStaff.get().orElse(null);
        if (me != null && (me.has(Role.SOCIAL_WORKER) || me.has(Role.TEAM_MANAGER))) {
            return "redirect:/my-work";
        }
        var alerts = access.myAlerts();
        model.addAttribute("alerts", alerts);
        model.addAttribute("alertStaffNames", staff.displayNames(alerts.stream().map(AlertSummary::aboutStaffId).toList()));
        return "identity/home";
    }

    @PostMapping("/alerts/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id) {
        access.acknowledge(id);
        return "redirect:/";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "web/accessibility";
    }
}
