package uk.org.beacon.performance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Scorecard pages: the board scorecard for the authority (for the safeguarding partnership,
 * improvement board and scrutiny), the same for a team or a worker, and a measure's own page with
 * its definition, trend chart, split by category and the list of children or items behind the
 * figure. Any day ({@code ?asAt=}) and any period; exported to Excel, printed to PDF by the browser.
 * A measure's page shows its dated targets and, for quality and performance officers and
 * administrators, the form that changes the target from today on.
 */
@Controller
class ScorecardPages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Items of the list behind a figure shown on one page of a measure's page (the list holds up to {@value Scorecards#ITEM_LIMIT}). */
    static final int ITEMS_PER_PAGE = 100;

    /** One row of a scorecard table: the figure, its sparkline (inline SVG) and the link to its page. */
    record Row(MeasureResult result, String sparkline, String link) {}

    private final Scorecards scorecards;
    private final MeasureTargets targets;
    private final Teams teams;
    private final Staff staff;
    private final CurrentStaff currentStaff;

    ScorecardPages(Scorecards scorecards, MeasureTargets targets, Teams teams, Staff staff, CurrentStaff currentStaff) {
        this.scorecards = scorecards;
        this.targets = targets;
        this.teams = teams;
        this.staff = staff;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/performance")
    String board(@RequestParam(required = false) String asAt, @RequestParam(required = false) String period,
            @RequestParam(required = false) String trends, Model model) {
        return scorecard(Level.authority(), "Board scorecard", "Children's services", asAt, period, trends != null, model);
    }

    @GetMapping("/performance/teams/{teamId}")
    String team(@PathVariable UUID teamId, @RequestParam(required = false) String asAt, @RequestParam(required = false) String period,
            @RequestParam(required = false) String trends, Model model) {
        TeamSummary team = teams.find(teamId).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        return scorecard(Level.team(teamId), "Team scorecard", team.name(), asAt, period, trends != null, model);
    }

    @GetMapping("/performance/workers/{staffId}")
    String worker(@PathVariable UUID staffId, @RequestParam(required = false) String asAt, @RequestParam(required = false) String period,
            @RequestParam(required = false) String trends, Model model) {
        StaffSummary worker = staff.find(staffId).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        return scorecard(Level.worker(staffId), "Worker scorecard", worker.displayName(), asAt, period, trends != null, model);
    }

    /** A measure's twelve-month trend line, for a scorecard page that showed its figures first. */
    record Trend(String measureId, String sparkline) {}

    /**
     * The twelve-month trend lines of a scorecard (the authority's, a team's or a worker's), each as
     * an element that replaces the placeholder of the same id on the page (htmx out-of-band swaps):
     * the page asks for them as soon as it has loaded, so its figures do not wait for the trends.
     */
    @GetMapping("/performance/trends")
    String trends(@RequestParam(required = false) UUID team, @RequestParam(required = false) UUID worker,
            @RequestParam(required = false) String asAt, @RequestParam(required = false) String period, Model model) {
        Level level = level(team, worker);
        List<MeasureResult> results = scorecards.scorecard(level, asAt(asAt), period(period));
        model.addAttribute("trends", results.stream().map(r -> new Trend(r.measure().id(), sparkline(r))).toList());
        return "performance/trends";
    }

    @GetMapping("/performance/scorecard.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) UUID team, @RequestParam(required = false) UUID worker,
            @RequestParam(required = false) String asAt, @RequestParam(required = false) String period) {
        Level level = level(team, worker);
        LocalDate day = asAt(asAt);
        List<MeasureResult> results = scorecards.scorecard(level, day, period(period));
        String heading = "Beacon scorecard: " + levelName(level) + ", as at " + day;
        byte[] bytes = ScorecardWorkbook.write(heading, results);
        return ResponseEntity.ok().contentType(XLSX)
                .header("Content-Disposition", ContentDisposition.attachment().filename("scorecard-" + day + ".xlsx").build().toString())
                .body(bytes);
    }

    @GetMapping("/performance/measures/{id}")
    String measure(@PathVariable String id, @RequestParam(required = false) UUID team, @RequestParam(required = false) UUID worker,
            @RequestParam(required = false) String asAt, @RequestParam(required = false) String period,
            @RequestParam(required = false) String show, @RequestParam(required = false) String page, Model model) {
        LocalDate day = asAt(asAt);
        Measure measure = scorecards.measure(id, day).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        Level level = level(team, worker);
        PeriodType periodType = period(period);
        boolean denominator = "denominator".equals(show);
        MeasureDetail detail = scorecards.detail(measure, level, day, periodType, denominator);
        MeasureResult result = detail.result();
        measure = result.measure();
        model.addAttribute("measure", measure);
        model.addAttribute("result", result);
        model.addAttribute("levelName", levelName(level));
        model.addAttribute("chart", result.available() ? Sparklines.chart(measure, result.trend()) : "");
        List<MeasureItem> all = detail.items();
        int pages = Math.max(1, (all.size() + ITEMS_PER_PAGE - 1) / ITEMS_PER_PAGE);
        int shown = Math.min(pages, Math.max(1, pageNumber(page)));
        model.addAttribute("items", all.subList((shown - 1) * ITEMS_PER_PAGE, Math.min(all.size(), shown * ITEMS_PER_PAGE)));
        model.addAttribute("itemCount", all.size());
        model.addAttribute("itemPage", shown);
        model.addAttribute("itemPages", pages);
        model.addAttribute("itemsFrom", all.isEmpty() ? 0 : (shown - 1) * ITEMS_PER_PAGE + 1);
        model.addAttribute("itemsTo", Math.min(all.size(), shown * ITEMS_PER_PAGE));
        model.addAttribute("breakdown", detail.breakdown());
        model.addAttribute("showingDenominator", denominator);
        model.addAttribute("itemLimit", Scorecards.ITEM_LIMIT);
        model.addAttribute("asAt", day);
        model.addAttribute("period", periodType == null ? "" : periodType.name());
        model.addAttribute("periods", Arrays.asList(PeriodType.values()));
        model.addAttribute("levelQuery", levelQuery(team, worker));
        java.util.Map<String, String> hidden = new java.util.LinkedHashMap<>();
        if (worker != null) {
            hidden.put("worker", worker.toString());
        } else if (team != null) {
            hidden.put("team", team.toString());
        }
        if (denominator) {
            hidden.put("show", "denominator");
        }
        model.addAttribute("hiddenFields", hidden);
        model.addAttribute("targetHistory", targets.history(id));
        boolean mayChange = currentStaff.get().map(s -> s.has(Role.ADMINISTRATOR) || s.has(Role.QUALITY_PERFORMANCE)).orElse(false);
        model.addAttribute("mayChangeTarget", mayChange);
        if (mayChange) {
            Measure current = day.equals(scorecards.today()) ? measure : scorecards.measure(id).orElse(measure);
            model.addAttribute("current", current);
            if (!model.containsAttribute("targetForm")) {
                model.addAttribute("targetForm", Map.of("target", plain(current.target()), "amberTolerance", plain(current.amberTolerance()),
                        "reason", ""));
            }
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "performance/measure";
    }

    /** Changes a measure's target and amber tolerance from today on (quality and performance officers, administrators). */
    @PostMapping("/performance/measures/{id}/target")
    String changeTarget(@PathVariable String id, @RequestParam long version, @RequestParam(required = false) String target,
            @RequestParam(required = false) String amberTolerance, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            TargetChange change = targets.change(id, version, target, amberTolerance, reason);
            redirect.addFlashAttribute("saved", "Target changed from " + change.validFrom() + ": earlier days keep the target then in force");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
            redirect.addFlashAttribute("targetForm", formValues(target, amberTolerance, reason));
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of("target", "Someone else changed this target while you were editing it: it is now shown"));
        }
        return "redirect:/performance/measures/" + UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8) + "#change-target";
    }

    private static Map<String, String> formValues(String target, String amberTolerance, String reason) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("target", target == null ? "" : target);
        values.put("amberTolerance", amberTolerance == null ? "" : amberTolerance);
        values.put("reason", reason == null ? "" : reason);
        return values;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * A scorecard page. Its figures (each with the month before, for the direction) come first; the
     * twelve-month trend lines are fetched by the page from {@code /performance/trends} once it has
     * loaded, or drawn in the page itself with {@code withTrends} (the "Show the trends" link, for a
     * browser without JavaScript).
     */
    private String scorecard(Level level, String heading, String name, String asAt, String period, boolean withTrends, Model model) {
        LocalDate day = asAt(asAt);
        PeriodType periodType = period(period);
        List<MeasureResult> results = withTrends ? scorecards.scorecard(level, day, periodType) : scorecards.headlines(level, day, periodType);
        String levelQuery = switch (level.kind()) {
            case TEAM -> "&team=" + level.id();
            case WORKER -> "&worker=" + level.id();
            default -> "";
        };
        String dayAndPeriod = "?asAt=" + day + (periodType == null ? "" : "&period=" + periodType.name());
        String common = dayAndPeriod + levelQuery;
        List<Row> rows = results.stream().map(r -> new Row(r, withTrends ? sparkline(r) : null, "/performance/measures/" + r.measure().id() + common))
                .toList();
        model.addAttribute("trendsUrl", withTrends ? null : "/performance/trends" + common);
        model.addAttribute("withTrendsLink", dayAndPeriod + "&trends=all");
        model.addAttribute("hiddenFields", java.util.Map.of());
        model.addAttribute("heading", heading);
        model.addAttribute("levelName", name);
        model.addAttribute("level", level);
        model.addAttribute("rows", rows);
        model.addAttribute("asAt", day);
        model.addAttribute("today", scorecards.today());
        model.addAttribute("period", periodType == null ? "" : periodType.name());
        model.addAttribute("periods", Arrays.asList(PeriodType.values()));
        model.addAttribute("xlsxLink", "/performance/scorecard.xlsx" + common);
        model.addAttribute("teams", level.kind() == Level.Kind.AUTHORITY ? teams.all().stream().filter(t -> !t.retired()).toList() : List.of());
        model.addAttribute("workers", level.kind() == Level.Kind.TEAM ? staff.inTeam(level.id()) : List.of());
        return "performance/scorecard";
    }

    private String levelName(Level level) {
        return switch (level.kind()) {
            case TEAM -> teams.find(level.id()).map(TeamSummary::name).orElse("Team");
            case WORKER -> staff.find(level.id()).map(StaffSummary::displayName).orElse("Worker");
            default -> "The authority";
        };
    }

    private static Level level(UUID team, UUID worker) {
        if (worker != null) {
            return Level.worker(worker);
        }
        return team != null ? Level.team(team) : Level.authority();
    }

    private static String levelQuery(UUID team, UUID worker) {
        return worker != null ? "&worker=" + worker : team != null ? "&team=" + team : "";
    }

    /** A figure's twelve-month trend line (inline SVG), or nothing for a figure that could not be computed. */
    private static String sparkline(MeasureResult result) {
        return result.available() ? Sparklines.sparkline(result.measure(), result.trend()) : "";
    }

    /** The page of the list asked for: 1 when none, or not a number (a page past the end shows the last). */
    private static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
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

    static PeriodType period(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Optional.of(value.trim()).flatMap(v -> Arrays.stream(PeriodType.values()).filter(p -> p.name().equals(v)).findFirst()).orElse(null);
    }
}
