package uk.org.beacon.frontdoor;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.web.RuleViolationException;

/** The front-door dashboard, the lists behind its figures, and the police notification upload. */
@Controller
class FrontDoorFigurePages {

    private final FrontDoorFigures figures;
    private final PoliceNotifications police;
    private final Codes codes;

    FrontDoorFigurePages(FrontDoorFigures figures, PoliceNotifications police, Codes codes) {
        this.figures = figures;
        this.police = police;
        this.codes = codes;
    }

    @GetMapping("/front-door/dashboard")
    String dashboard(@RequestParam(defaultValue = "month") String period, Model model) {
        model.addAttribute("periods", figures.periods());
        model.addAttribute("bySource", figures.contactsBySource());
        model.addAttribute("outcomes", figures.outcomes(period));
        model.addAttribute("waiting", figures.waiting());
        model.addAttribute("decisions", ScreeningDecision.values());
        model.addAttribute("codes", codes);
        return "frontdoor/dashboard";
    }

    @GetMapping("/front-door/contacts")
    String list(@RequestParam(defaultValue = "month") String period, @RequestParam(required = false) String source,
            @RequestParam(required = false) String decision, @RequestParam(defaultValue = "false") boolean referrals,
            @RequestParam(defaultValue = "false") boolean reReferrals, @RequestParam(defaultValue = "false") boolean information, Model model) {
        model.addAttribute("rows", figures.list(period, source, decision, referrals, reReferrals, information));
        model.addAttribute("period", figures.period(period));
        String what = referrals ? "Referrals" : reReferrals ? "Re-referrals" : information ? "Police notifications filed as information"
                : decision != null && !decision.isBlank() && Arrays.stream(ScreeningDecision.values()).anyMatch(d -> d.name().equals(decision))
                ? "Contacts decided: " + ScreeningDecision.valueOf(decision).label()
                : "Contacts";
        if (source != null && !source.isBlank() && !"ALL".equals(source)) {
            what += " from " + codes.referralSource().labelOrCode(source);
        }
        model.addAttribute("what", what);
        model.addAttribute("codes", codes);
        return "frontdoor/list";
    }

    @GetMapping("/front-door/police-notifications")
    String policeUpload(Model model) {
        model.addAttribute("batches", police.recentBatches());
        model.addAttribute("columns", PoliceNotifications.COLUMNS);
        return "frontdoor/police";
    }

    @PostMapping("/front-door/police-notifications")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("columns", PoliceNotifications.COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", Map.of("file", "Choose a CSV file of police notifications"));
        } else {
            try {
                model.addAttribute("result", police.importFile(file.getOriginalFilename(), file.getBytes()));
            } catch (RuleViolationException e) {
                model.addAttribute("errors", e.fieldErrors());
            }
        }
        model.addAttribute("batches", police.recentBatches());
        return "frontdoor/police";
    }
}
