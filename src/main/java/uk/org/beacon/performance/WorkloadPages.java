package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Workload and data-quality pages: a team's weighted caseloads against capacity (the manager's
 * view to rebalance allocations), the weights (changed by administrators and quality and
 * performance officers), data-quality scores by rule, team and worker, and a worker's fixes.
 */
@Controller
class WorkloadPages {

    private final Workloads workloads;
    private final DataQuality quality;
    private final Teams teams;
    private final CurrentStaff currentStaff;
    private final Scorecards scorecards;

    WorkloadPages(Workloads workloads, DataQuality quality, Teams teams, CurrentStaff currentStaff, Scorecards scorecards) {
        this.workloads = workloads;
        this.quality = quality;
        this.teams = teams;
        this.currentStaff = currentStaff;
        this.scorecards = scorecards;
    }

    @GetMapping("/performance/workload")
    String workload(@RequestParam(required = false) UUID team, @RequestParam(required = false) String asAt, Model model) {
        LocalDate day = asAt(asAt);
        UUID teamId = team != null ? team : currentStaff.get().map(StaffSummary::teamId).orElse(null);
        model.addAttribute("teams", activeTeams());
        model.addAttribute("asAt", day);
        model.addAttribute("load", teamId == null ? null : workloads.team(teamId, day));
        model.addAttribute("selectedTeam", teamId);
        model.addAttribute("mayConfigure", currentStaff.get().map(s -> s.has(Role.ADMINISTRATOR) || s.has(Role.QUALITY_PERFORMANCE)).orElse(false));
        return "performance/workload";
    }

    @GetMapping("/performance/workload/weights")
    String weights(Model model) {
        model.addAttribute("weights", workloads.weights());
        model.addAttribute("settings", workloads.settings());
        model.addAttribute("settingList", workloads.settingList());
        model.addAttribute("changes", workloads.changes());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "performance/weights";
    }

    @PostMapping("/performance/workload/weights/{kind}")
    String changeWeight(@PathVariable String kind, @RequestParam long version, @RequestParam(required = false) String weight,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        BigDecimal value;
        try {
            value = weight == null || weight.isBlank() ? null : new BigDecimal(weight.trim());
        } catch (NumberFormatException e) {
            value = BigDecimal.valueOf(-1);
        }
        try {
            workloads.changeWeight(kind, version, value, reason);
            redirect.addFlashAttribute("saved", "Weight changed");
        } catch (RuleViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((f, m) -> errors.put(kind + "-" + f, m));
            redirect.addFlashAttribute("errors", errors);
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of(kind + "-weight", "Someone else changed this weight while you were editing it: it is now shown"));
        }
        return "redirect:/performance/workload/weights";
    }

    @PostMapping("/performance/workload/settings/{key}")
    String changeSetting(@PathVariable String key, @RequestParam long version, @RequestParam(required = false) String value,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        BigDecimal number;
        try {
            number = value == null || value.isBlank() ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            number = null;
        }
        try {
            workloads.changeSetting(key, version, number, reason);
            redirect.addFlashAttribute("saved", "Setting changed");
        } catch (RuleViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((f, m) -> errors.put(key + "-" + f, m));
            redirect.addFlashAttribute("errors", errors);
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of(key + "-value", "Someone else changed this setting while you were editing it: it is now shown"));
        }
        return "redirect:/performance/workload/weights";
    }

    @GetMapping("/performance/data-quality")
    String dataQuality(@RequestParam(required = false) UUID team, @RequestParam(required = false) String asAt, Model model) {
        LocalDate day = asAt(asAt);
        StaffSummary me = currentStaff.require();
        if (onlyOwnWork(me)) {
            return "redirect:/performance/data-quality/workers/" + me.id() + "?asAt=" + day;
        }
        UUID teamId = team != null ? team : me.has(Role.TEAM_MANAGER) ? me.teamId() : null;
        model.addAttribute("asAt", day);
        model.addAttribute("teams", activeTeams());
        model.addAttribute("selectedTeam", teamId);
        model.addAttribute("rules", quality.rules());
        DataQuality.QualityScores scores = quality.scores(day, teamId);
        model.addAttribute("byRule", scores.byRule());
        model.addAttribute("byTeam", teamId == null ? scores.byGroup() : List.of());
        model.addAttribute("byWorker", teamId == null ? List.of() : scores.byGroup());
        model.addAttribute("teamName", teamId == null ? null : teams.find(teamId).map(TeamSummary::name).orElse("Team"));
        return "performance/data-quality";
    }

    @GetMapping("/performance/data-quality/workers/{staffId}")
    String fixes(@PathVariable UUID staffId, @RequestParam(required = false) String asAt, Model model) {
        LocalDate day = asAt(asAt);
        StaffSummary me = currentStaff.require();
        if (onlyOwnWork(me) && !me.id().equals(staffId)) {
            throw new org.springframework.security.access.AccessDeniedException("A worker sees their own fixes");
        }
        model.addAttribute("asAt", day);
        model.addAttribute("fixes", quality.fixes(staffId, day));
        model.addAttribute("workerName", me.id().equals(staffId) ? me.displayName()
                : quality.byWorkerName(staffId));
        return "performance/fixes";
    }

    private static boolean onlyOwnWork(StaffSummary me) {
        return !(me.has(Role.TEAM_MANAGER) || me.has(Role.SENIOR_LEADER) || me.has(Role.QUALITY_PERFORMANCE));
    }

    private List<TeamSummary> activeTeams() {
        return teams.all().stream().filter(t -> !t.retired()).toList();
    }

    private LocalDate asAt(String value) {
        LocalDate today = scorecards.today();
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            return day.isAfter(today) ? today : day;
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
