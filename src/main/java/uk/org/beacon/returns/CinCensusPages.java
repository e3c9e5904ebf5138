package uk.org.beacon.returns;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.returns.cin.CinBreach;
import uk.org.beacon.returns.cin.CinCensusChecks;
import uk.org.beacon.returns.cin.CinRuleInfo;
import uk.org.beacon.returns.cin.CinRuleKind;
import uk.org.beacon.returns.cin.UnsupportedCensusYear;

/**
 * The CIN census pages for administrators, quality and performance officers and senior leaders:
 * choose a census year, see what the return holds and whether it is ready (errors, queries,
 * children held back, the schema check), download the file, and work through the breaches rule by
 * rule, each linked to the child and the record to fix; and the rules Beacon checks.
 */
@Controller
class CinCensusPages {

    static final String BASE = "/returns/cin-census";
    /** Breaches listed per rule when the whole list is shown; a rule's own page shows all. */
    static final int PER_RULE = 50;

    /** A rule's breaches in the list: how many, and the first ones (or all, on the rule's own list). */
    record RuleGroup(String rule, CinRuleKind kind, String description, int count, List<BreachRow> rows) {
        public boolean truncated() {
            return rows.size() < count;
        }
    }

    /** One breach as listed: the child, what is wrong and the record to fix. */
    record BreachRow(String laChildId, UUID personId, String message, String fields, String fixLabel, String fixHref) {}

    /** A line of the rule summary on the return's page. */
    record RuleCount(String rule, CinRuleKind kind, String description, long count) {}

    private final CinCensus census;
    private final Staff staff;

    CinCensusPages(CinCensus census, Staff staff) {
        this.census = census;
        this.staff = staff;
    }

    @GetMapping(BASE)
    String summary(@RequestParam(required = false) String year, Model model) {
        CensusYear chosen = year(year);
        CinCensusResult result = census.check(chosen);
        common(chosen, model);
        model.addAttribute("result", result);
        Map<String, CinRuleInfo> catalogue = catalogue();
        List<RuleCount> byRule = result.breaches().stream()
                .collect(Collectors.groupingBy(CinBreach::rule, LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(list -> new RuleCount(list.get(0).rule(), list.get(0).kind(), description(catalogue, list.get(0)), list.size()))
                .toList();
        model.addAttribute("byRule", byRule);
        List<CinCensus.LoggedFile> files = census.files(chosen);
        model.addAttribute("files", files);
        model.addAttribute("makers", staff.displayNames(files.stream().map(CinCensus.LoggedFile::madeBy).filter(Objects::nonNull).toList()));
        return "returns/cin-census";
    }

    @GetMapping(BASE + "/breaches")
    String breaches(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String rule, Model model) {
        CensusYear chosen = year(year);
        CinCensusResult result = census.check(chosen);
        CinRuleKind onlyKind = "ERROR".equals(kind) ? CinRuleKind.ERROR : "QUERY".equals(kind) ? CinRuleKind.QUERY : null;
        String onlyRule = rule == null || rule.isBlank() ? null : rule.strip();
        Map<String, CinRuleInfo> catalogue = catalogue();
        Map<String, List<CinBreach>> grouped = result.breaches().stream()
                .filter(b -> onlyKind == null || b.kind() == onlyKind)
                .filter(b -> onlyRule == null || b.rule().equals(onlyRule))
                .collect(Collectors.groupingBy(CinBreach::rule, LinkedHashMap::new, Collectors.toList()));
        List<RuleGroup> groups = new ArrayList<>();
        for (List<CinBreach> list : grouped.values()) {
            CinBreach first = list.get(0);
            List<BreachRow> rows = list.stream().limit(onlyRule == null ? PER_RULE : Long.MAX_VALUE).map(CinCensusPages::row).toList();
            groups.add(new RuleGroup(first.rule(), first.kind(), description(catalogue, first), list.size(), rows));
        }
        common(chosen, model);
        model.addAttribute("result", result);
        model.addAttribute("groups", groups);
        model.addAttribute("kind", onlyKind == null ? "" : onlyKind.name());
        model.addAttribute("rule", onlyRule);
        model.addAttribute("shown", groups.stream().mapToInt(RuleGroup::count).sum());
        return "returns/cin-census-breaches";
    }

    @GetMapping(BASE + "/rules")
    String rules(Model model) {
        model.addAttribute("rules", census.catalogue());
        return "returns/cin-census-rules";
    }

    /** The file as an attachment: made, numbered, logged and audited; a file failing its schema is not offered. */
    @GetMapping(BASE + "/file")
    Object file(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        CensusYear chosen = year(year);
        CinCensusResult result = census.generate(chosen, CinCensus.Through.PAGE);
        if (!result.schemaValid()) {
            response.setStatus(422);
            common(chosen, model);
            model.addAttribute("result", result);
            return "returns/cin-census-not-offered";
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(result.fileName()).build());
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_XML).body(result.xml());
    }

    @ExceptionHandler(UnsupportedCensusYear.class)
    String unsupported(UnsupportedCensusYear e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        common(census.defaultYear(), model);
        model.addAttribute("problem", e.getMessage());
        return "returns/cin-census-unavailable";
    }

    @ExceptionHandler(CinCensusNotConfigured.class)
    String notConfigured(CinCensusNotConfigured e, Model model, HttpServletResponse response) {
        response.setStatus(503);
        common(census.defaultYear(), model);
        model.addAttribute("problem", e.getMessage());
        return "returns/cin-census-unavailable";
    }

    private void common(CensusYear chosen, Model model) {
        model.addAttribute("year", chosen);
        List<CensusYear> years = new ArrayList<>(census.supportedYears());
        java.util.Collections.reverse(years);
        model.addAttribute("years", years);
        model.addAttribute("defaultYear", census.defaultYear());
        model.addAttribute("base", BASE);
    }

    private CensusYear year(String value) {
        if (value == null || value.isBlank()) {
            return census.defaultYear();
        }
        try {
            return new CensusYear(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return census.defaultYear();
        }
    }

    private Map<String, CinRuleInfo> catalogue() {
        return census.catalogue().stream().collect(Collectors.toMap(CinRuleInfo::rule, Function.identity(), (a, b) -> a));
    }

    private static String description(Map<String, CinRuleInfo> catalogue, CinBreach breach) {
        CinRuleInfo info = catalogue.get(breach.rule());
        return info != null ? info.description() : "";
    }

    private static BreachRow row(CinBreach b) {
        String fields = b.fields() == null ? "" : String.join(", ", b.fields());
        return new BreachRow(b.laChildId(), b.personId(), b.message(), fields, fixLabel(b.sourceKind()), CinCensusChecks.fixLink(b));
    }

    static String fixLabel(String sourceKind) {
        if (sourceKind == null) {
            return "";
        }
        return switch (sourceKind) {
            case "CHILD" -> "The child's details";
            case "EPISODE" -> "Episode of need";
            case "ASSESSMENT" -> "Assessment";
            case "CIN_PLAN" -> "Child in need plan";
            case "SECTION_47" -> "Section 47 enquiry";
            case "CP_PLAN" -> "Child protection plan";
            case "RETURN" -> "The whole return";
            default -> sourceKind;
        };
    }
}
