package uk.org.beacon.chronology;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.beacon.codes.Code;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FormDrafts;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/**
 * The chronology pages: the child's chronology with its filters and inline "record impact", one
 * entry with its significance, third-party flag and voiding, adding and changing an entry by
 * hand, and the printed chronology for the court or the family.
 */
@Controller
class ChronologyPages {

    private final ChronologyEntries chronology;
    private final People people;
    private final Staff staff;
    private final FormDrafts drafts;
    private final Clock clock;

    ChronologyPages(ChronologyEntries chronology, People people, Staff staff, FormDrafts drafts, Clock clock) {
        this.chronology = chronology;
        this.people = people;
        this.staff = staff;
        this.drafts = drafts;
        this.clock = clock;
    }

    @ModelAttribute("entryTypes")
    List<Code> entryTypes() {
        return Arrays.stream(EntryType.values()).map(t -> new Code(t.name(), t.label(), false)).toList();
    }

    @ModelAttribute("workerTypes")
    List<Code> workerTypes() {
        return Arrays.stream(EntryType.values()).filter(EntryType::byWorker).map(t -> new Code(t.name(), t.label(), false)).toList();
    }

    @ModelAttribute("yesNo")
    List<Code> yesNo() {
        return List.of(new Code("yes", "Yes", false), new Code("no", "No", false));
    }

    @GetMapping("/children/{childId}/chronology")
    String chronology(@PathVariable UUID childId, @RequestParam(required = false) String show, @RequestParam(required = false) String type,
            @RequestParam(required = false) String fromDay, @RequestParam(required = false) String fromMonth,
            @RequestParam(required = false) String fromYear, @RequestParam(required = false) String toDay,
            @RequestParam(required = false) String toMonth, @RequestParam(required = false) String toYear,
            @RequestParam(required = false) String order, HttpServletRequest request, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (model.getAttribute("errors") instanceof Map<?, ?> flashed) {
            flashed.forEach((k, v) -> errors.put(String.valueOf(k), String.valueOf(v)));
        }
        Map<String, String> dateErrors = new LinkedHashMap<>();
        LocalDate from = DateFields.read(fromDay, fromMonth, fromYear, "fromDay", "The start date", dateErrors).orElse(null);
        LocalDate to = DateFields.read(toDay, toMonth, toYear, "toDay", "The end date", dateErrors).orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            dateErrors.put("toDay", "The end date must be the same as or after the start date");
            to = null;
        }
        errors.putAll(dateErrors);
        ChronologyFilter filter = ChronologyFilter.of(show, type, from, to, order);
        List<ChronologyEntryDetails> entries = chronology.list(childId, filter);
        PersonDetails child = people.open(childId);
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("show", filter.show().name());
        criteria.put("type", filter.type() == null ? "" : filter.type().name());
        criteria.put("fromDay", nv(fromDay));
        criteria.put("fromMonth", nv(fromMonth));
        criteria.put("fromYear", nv(fromYear));
        criteria.put("toDay", nv(toDay));
        criteria.put("toMonth", nv(toMonth));
        criteria.put("toYear", nv(toYear));
        criteria.put("order", filter.newestFirst() ? "newest" : "oldest");
        model.addAttribute("child", child);
        model.addAttribute("entries", entries);
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !filter.equals(ChronologyFilter.significantOnly()));
        model.addAttribute("criteria", criteria);
        model.addAttribute("errors", errors);
        model.addAttribute("shows", Arrays.stream(ChronologyFilter.Show.values()).map(s -> new Code(s.name(), s.label(), false)).toList());
        model.addAttribute("mayEdit", chronology.decide(childId).mayEdit());
        model.addAttribute("query", safeQuery(request.getQueryString()));
        model.addAttribute("printQuery", printQuery(filter));
        model.addAttribute("impactNotRecorded", chronology.impactNotRecorded(childId));
        model.addAttribute("names", names(entries));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "chronology/chronology";
    }

    @GetMapping("/children/{childId}/chronology.pdf")
    ResponseEntity<byte[]> print(@PathVariable UUID childId, @RequestParam(name = "for", required = false) String audience,
            @RequestParam(required = false) String show, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String order) {
        Audience who = Audience.parse(audience);
        ChronologyFilter filter = ChronologyFilter.of(show, type, isoDate(from), isoDate(to), order);
        byte[] pdf = chronology.print(childId, filter, who);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("chronology-for-" + who.name().toLowerCase() + "-" + LocalDate.now(clock.withZone(ChronologyEntries.UK)) + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    @PostMapping("/children/{childId}/chronology/entries/{entryId}/impact")
    String recordImpact(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version,
            @RequestParam(required = false) String impact, @RequestParam(required = false) String query,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        boolean toEntry = "entry".equals(back);
        String field = toEntry ? "impact" : "impact-" + entryId;
        try {
            chronology.recordImpact(childId, entryId, version, impact);
            redirect.addFlashAttribute("saved", "Impact on the child recorded");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", Map.of(field, e.fieldErrors().values().iterator().next()));
            redirect.addFlashAttribute("typed", Map.of(entryId.toString(), nv(impact)));
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of(field, "Someone else changed this entry after you opened it: check what is saved now, "
                    + "then record the impact again"));
            redirect.addFlashAttribute("conflict", e.differences());
            redirect.addFlashAttribute("typed", Map.of(entryId.toString(), nv(impact)));
        }
        return toEntry ? "redirect:" + entryPath(childId, entryId)
                : "redirect:/children/" + childId + "/chronology" + safeQuery(query) + "#entry-" + entryId;
    }

    @GetMapping("/children/{childId}/chronology/entries/{entryId}")
    String entry(@PathVariable UUID childId, @PathVariable UUID entryId, Model model) {
        ChronologyEntryDetails entry = chronology.entry(childId, entryId);
        model.addAttribute("entry", entry);
        model.addAttribute("child", people.open(childId));
        model.addAttribute("mayEdit", chronology.decide(childId).mayEdit());
        model.addAttribute("names", names(List.of(entry)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "chronology/entry";
    }

    @PostMapping("/children/{childId}/chronology/entries/{entryId}/significance")
    String significance(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version,
            @RequestParam(required = false) String significant, @RequestParam(required = false) String significanceReason,
            RedirectAttributes redirect) {
        if (!"yes".equals(significant) && !"no".equals(significant)) {
            redirect.addFlashAttribute("errors", Map.of("significant", "Select whether this entry is significant"));
            return "redirect:" + entryPath(childId, entryId);
        }
        return change(childId, entryId, redirect, "significant", "Significance changed",
                () -> chronology.setSignificance(childId, entryId, version, "yes".equals(significant), significanceReason));
    }

    @PostMapping("/children/{childId}/chronology/entries/{entryId}/third-party")
    String thirdParty(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version,
            @RequestParam(required = false) String thirdParty, @RequestParam(required = false) String thirdPartyReason,
            RedirectAttributes redirect) {
        if (!"yes".equals(thirdParty) && !"no".equals(thirdParty)) {
            redirect.addFlashAttribute("errors", Map.of("thirdParty", "Select whether this entry holds information about other people"));
            return "redirect:" + entryPath(childId, entryId);
        }
        return change(childId, entryId, redirect, "thirdParty", "Third-party information marking changed",
                () -> chronology.setThirdParty(childId, entryId, version, "yes".equals(thirdParty), thirdPartyReason));
    }

    @PostMapping("/children/{childId}/chronology/entries/{entryId}/void")
    String voidEntry(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version,
            @RequestParam(required = false) String voidReason, RedirectAttributes redirect) {
        try {
            chronology.voidEntry(childId, entryId, version, voidReason);
            redirect.addFlashAttribute("saved", "Entry voided: it stays on the record, out of the chronology");
            return "redirect:/children/" + childId + "/chronology";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", Map.of("voidReason", e.fieldErrors().values().iterator().next()));
            redirect.addFlashAttribute("typed", Map.of("voidReason", nv(voidReason)));
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of("voidReason", "Someone else changed this entry after you opened it: check it, then void it again"));
            redirect.addFlashAttribute("conflict", e.differences());
        }
        return "redirect:" + entryPath(childId, entryId);
    }

    @GetMapping("/children/{childId}/chronology/new")
    String newEntry(@PathVariable UUID childId, HttpServletRequest request, Model model) {
        PersonDetails child = people.open(childId);
        if (!chronology.decide(childId).mayEdit()) {
            throw new AccessDeniedException("You may not change this child's chronology");
        }
        EntryForm form = new EntryForm();
        drafts.restoreInto(request, form);
        model.addAttribute("form", form);
        model.addAttribute("child", child);
        return "chronology/entry-edit";
    }

    @PostMapping("/children/{childId}/chronology/new")
    String add(@PathVariable UUID childId, @ModelAttribute("form") EntryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CuratedEntry entry = form.toEntry(errors);
        try {
            if (errors.isEmpty()) {
                ChronologyEntryDetails saved = chronology.add(childId, entry);
                redirect.addFlashAttribute("saved", "Entry added");
                return "redirect:/children/" + childId + "/chronology?show=ALL#entry-" + saved.id();
            }
            ChronologyRules.check(entry, LocalDate.now(clock.withZone(ChronologyEntries.UK))).forEach(errors::putIfAbsent);
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        Forms.reject(binding, errors);
        model.addAttribute("child", people.open(childId));
        return "chronology/entry-edit";
    }

    @GetMapping("/children/{childId}/chronology/entries/{entryId}/edit")
    String edit(@PathVariable UUID childId, @PathVariable UUID entryId, HttpServletRequest request, Model model) {
        ChronologyEntryDetails entry = chronology.entry(childId, entryId);
        if (!entry.byWorker() || entry.voided()) {
            return "redirect:" + entryPath(childId, entryId);
        }
        EntryForm form = EntryForm.of(entry);
        drafts.restoreInto(request, form);
        model.addAttribute("form", form);
        model.addAttribute("entryId", entryId);
        model.addAttribute("child", people.open(childId));
        return "chronology/entry-edit";
    }

    @PostMapping("/children/{childId}/chronology/entries/{entryId}/edit")
    String update(@PathVariable UUID childId, @PathVariable UUID entryId, @ModelAttribute("form") EntryForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("entryId", entryId);
        Map<String, String> errors = new LinkedHashMap<>();
        CuratedEntry entry = form.toEntry(errors);
        try {
            if (errors.isEmpty()) {
                chronology.edit(childId, entryId, form.getVersion() == null ? -1 : form.getVersion(), entry);
                redirect.addFlashAttribute("saved", "Entry changed");
                return "redirect:" + entryPath(childId, entryId);
            }
            ChronologyRules.check(entry, LocalDate.now(clock.withZone(ChronologyEntries.UK))).forEach(errors::putIfAbsent);
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        } catch (EditConflictException e) {
            model.addAttribute("conflict", e.differences());
            form.setVersion(e.currentVersion());
            binding.reject("conflict", "Someone else changed this entry while you were editing it. Check the differences below, then save again "
                    + "if your version is right.");
        }
        Forms.reject(binding, errors);
        model.addAttribute("child", people.open(childId));
        return "chronology/entry-edit";
    }

    private String change(UUID childId, UUID entryId, RedirectAttributes redirect, String field, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", done);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", Map.of(field, e.fieldErrors().values().iterator().next()));
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of(field, "Someone else changed this entry after you opened it: check what is saved now and try again"));
            redirect.addFlashAttribute("conflict", e.differences());
        }
        return "redirect:" + entryPath(childId, entryId);
    }

    private Map<java.util.UUID, String> names(List<ChronologyEntryDetails> entries) {
        List<UUID> ids = new ArrayList<>();
        entries.forEach(e -> Stream.of(e.recordedBy(), e.impactRecordedBy(), e.updatedBy(), e.voidedBy()).filter(Objects::nonNull).forEach(ids::add));
        return staff.displayNames(ids);
    }

    private static String entryPath(UUID childId, UUID entryId) {
        return "/children/" + childId + "/chronology/entries/" + entryId;
    }

    /** The filters to carry to the printed chronology, as a query string. */
    private static String printQuery(ChronologyFilter f) {
        StringBuilder q = new StringBuilder("&show=").append(f.show().name());
        if (f.type() != null) {
            q.append("&type=").append(f.type().name());
        }
        if (f.from() != null) {
            q.append("&from=").append(f.from());
        }
        if (f.to() != null) {
            q.append("&to=").append(f.to());
        }
        if (f.newestFirst()) {
            q.append("&order=newest");
        }
        return q.toString();
    }

    /** The page's own query string, kept only if it holds nothing but filter characters (never a way out of the page). */
    private static String safeQuery(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        return q.matches("[A-Za-z0-9=&_%.+-]{1,500}") ? "?" + q : "";
    }

    private static LocalDate isoDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String nv(String s) {
        return s == null ? "" : s;
    }
}
