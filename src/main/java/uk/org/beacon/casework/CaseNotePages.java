package uk.org.beacon.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.person.People;
import uk.org.beacon.web.DateFields;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FormDrafts;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/**
 * The child's case notes: the list with filters, a note, writing one (saved as a draft on every
 * "Save draft" and, where htmx runs, automatically every 20 seconds and on each change), finalising
 * it, appending to it, attaching files received, voiding an abandoned draft.
 */
@Controller
class CaseNotePages {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CaseNotes notes;
    private final People people;
    private final CurrentStaff currentStaff;
    private final FormDrafts drafts;
    private final CaseworkChild child;

    CaseNotePages(CaseNotes notes, People people, CurrentStaff currentStaff, FormDrafts drafts, CaseworkChild child) {
        this.notes = notes;
        this.people = people;
        this.currentStaff = currentStaff;
        this.drafts = drafts;
        this.child = child;
    }

    @ModelAttribute("uk")
    java.time.ZoneId uk() {
        return CaseNotes.UK;
    }

    @GetMapping("/children/{childId}/notes")
    String list(@PathVariable UUID childId, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean significant, @RequestParam(required = false) String fromDay,
            @RequestParam(required = false) String fromMonth, @RequestParam(required = false) String fromYear,
            @RequestParam(required = false) String toDay, @RequestParam(required = false) String toMonth,
            @RequestParam(required = false) String toYear, @RequestParam(required = false) UUID author, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = DateFields.read(fromDay, fromMonth, fromYear, "fromDay", "The from date", errors).orElse(null);
        LocalDate to = DateFields.read(toDay, toMonth, toYear, "toDay", "The to date", errors).orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("toDay", "The to date must be the same as or after the from date");
        }
        List<CaseNoteSummary> list = notes.list(childId, new CaseNoteFilter(type, significant, from, to, author));
        child.header(childId, "notes", model);
        model.addAttribute("notes", list.stream().filter(n -> !n.draft()).toList());
        model.addAttribute("myDrafts", list.stream().filter(CaseNoteSummary::draft).toList());
        model.addAttribute("authors", notes.authors(childId));
        model.addAttribute("types", notes.types().active());
        model.addAttribute("errors", errors);
        model.addAttribute("filters", Map.of("type", nv(type), "significant", significant, "fromDay", nv(fromDay), "fromMonth", nv(fromMonth),
                "fromYear", nv(fromYear), "toDay", nv(toDay), "toMonth", nv(toMonth), "toYear", nv(toYear),
                "author", author == null ? "" : author.toString()));
        model.addAttribute("filtered", (type != null && !type.isBlank()) || significant || from != null || to != null || author != null);
        model.addAttribute("mayWrite", currentStaff.require().editsChildRecords());
        visits(childId, model);
        return "casework/notes/list";
    }

    /** The "visiting standard" action: starts a repeating visiting clock for a child whose plan is not on Beacon yet. */
    @PostMapping("/children/{childId}/visiting-standard")
    String startVisitingStandard(@PathVariable UUID childId, @RequestParam(required = false) String ruleId,
            @RequestParam(required = false) String startedOnDay, @RequestParam(required = false) String startedOnMonth,
            @RequestParam(required = false) String startedOnYear, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = DateFields.read(startedOnDay, startedOnMonth, startedOnYear, "startedOnDay", "The date", errors).orElse(null);
        if (from == null && errors.isEmpty()) {
            errors.put("startedOnDay", "Enter the date the visiting standard starts from, usually the plan's start or the last visit");
        }
        if (errors.isEmpty()) {
            try {
                notes.startVisitingStandard(childId, ruleId, from);
                redirect.addFlashAttribute("standardStarted", true);
                return "redirect:/children/" + childId + "/notes#visits";
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach((k, v) -> errors.put(k.equals("startedOn") ? "startedOnDay" : k, v));
            }
        }
        redirect.addFlashAttribute("standardErrors", errors);
        redirect.addFlashAttribute("standard", Map.of("ruleId", nv(ruleId), "startedOnDay", nv(startedOnDay), "startedOnMonth", nv(startedOnMonth),
                "startedOnYear", nv(startedOnYear)));
        return "redirect:/children/" + childId + "/notes#visits";
    }

    private void visits(UUID childId, Model model) {
        model.addAttribute("visitClocks", notes.visitClocks(childId));
        model.addAttribute("standards", notes.visitingStandards());
        var me = currentStaff.require();
        model.addAttribute("mayStartStandard", me.has(Role.SOCIAL_WORKER) || me.has(Role.TEAM_MANAGER));
        if (!model.containsAttribute("standard")) {
            model.addAttribute("standard", Map.of("ruleId", "", "startedOnDay", "", "startedOnMonth", "", "startedOnYear", ""));
        }
    }

    @GetMapping("/children/{childId}/notes/new")
    String newNote(@PathVariable UUID childId, HttpServletRequest request, Model model) {
        CaseNoteForm form = CaseNoteForm.startingAt(notes.now());
        boolean restored = drafts.restoreInto(request, form);
        model.addAttribute("restored", restored);
        return editPage(childId, form, model);
    }

    @GetMapping("/children/{childId}/notes/{noteId}")
    String note(@PathVariable UUID childId, @PathVariable UUID noteId, Model model) {
        CaseNoteDetails note = notes.open(noteId);
        if (!note.childId().equals(childId)) {
            return "redirect:/children/" + note.childId() + "/notes/" + noteId;
        }
        if (note.draft()) {
            return "redirect:/children/" + childId + "/notes/" + noteId + "/edit";
        }
        child.header(childId, "notes", model);
        model.addAttribute("note", note);
        model.addAttribute("mayWrite", currentStaff.require().editsChildRecords());
        if (note.visit()) {
            model.addAttribute("visitClocks", notes.visitClocks(childId));
        }
        return "casework/notes/note";
    }

    @GetMapping("/children/{childId}/notes/{noteId}/edit")
    String edit(@PathVariable UUID childId, @PathVariable UUID noteId, HttpServletRequest request, Model model) {
        CaseNoteDetails note = notes.open(noteId);
        if (!note.draft() || !note.childId().equals(childId)) {
            return "redirect:/children/" + note.childId() + "/notes/" + noteId;
        }
        CaseNoteForm form = CaseNoteForm.of(note);
        boolean restored = drafts.restoreInto(request, form);
        if (restored) {
            form.setNoteId(noteId);
        }
        model.addAttribute("restored", restored);
        model.addAttribute("note", note);
        return editPage(childId, form, model);
    }

    @PostMapping("/children/{childId}/notes/new")
    String create(@PathVariable UUID childId, @ModelAttribute("form") CaseNoteForm form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        return submit(childId, form, binding, action, model, redirect);
    }

    @PostMapping("/children/{childId}/notes/{noteId}/edit")
    String update(@PathVariable UUID childId, @PathVariable UUID noteId, @ModelAttribute("form") CaseNoteForm form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        form.setNoteId(noteId);
        return submit(childId, form, binding, action, model, redirect);
    }

    /** The htmx enhancement: saves the draft without leaving the page and answers with its status and the draft's new version. */
    @PostMapping("/children/{childId}/notes/autosave")
    String autosave(@PathVariable UUID childId, @ModelAttribute("form") CaseNoteForm form, HttpServletResponse response, Model model) {
        boolean isNew = form.getNoteId() == null;
        if (isNew && blank(form.getTitle()) && blank(form.getText()) && blank(form.getWishesAndFeelings())) {
            model.addAttribute("saved", new Saved(null, Map.of(), null));
            model.addAttribute("nothingYet", true);
            return "casework/notes/_autosaved :: autosaved";
        }
        Saved saved = save(childId, form);
        model.addAttribute("saved", saved);
        model.addAttribute("savedAt", SAVED_AT.format(notes.now()));
        if (isNew && saved.note() != null) {
            response.setHeader("HX-Replace-Url", "/children/" + childId + "/notes/" + saved.note().id() + "/edit");
        }
        return "casework/notes/_autosaved :: autosaved";
    }

    /**
     * Where signing in again leads after the session ended during an automatic save: what was typed
     * (kept when the save was refused) is saved into the draft now, and the draft opens.
     */
    @GetMapping("/children/{childId}/notes/autosave")
    String afterSigningInAgain(@PathVariable UUID childId, HttpServletRequest request, RedirectAttributes redirect) {
        CaseNoteForm form = new CaseNoteForm();
        boolean kept = drafts.restoreInto(request, form);
        boolean anything = form.getNoteId() != null || !blank(form.getTitle()) || !blank(form.getText()) || !blank(form.getWishesAndFeelings());
        if (kept && anything) {
            Saved saved = save(childId, form);
            UUID noteId = saved.note() != null ? saved.note().id() : form.getNoteId();
            if (noteId != null) {
                redirect.addFlashAttribute("savedAfterSigningIn", saved.note() != null);
                return "redirect:/children/" + childId + "/notes/" + noteId + "/edit";
            }
        }
        return "redirect:/children/" + childId + "/notes";
    }

    @PostMapping("/children/{childId}/notes/{noteId}/void")
    String voidDraft(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            notes.voidDraft(noteId, version, reason);
            redirect.addFlashAttribute("voided", true);
            return "redirect:/children/" + childId + "/notes";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("voidError", e.fieldErrors().get("reason"));
            redirect.addFlashAttribute("voidReason", reason);
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("voidError", "The draft was saved again since you opened it: check it, then void it");
        }
        return "redirect:/children/" + childId + "/notes/" + noteId + "/edit#void";
    }

    @PostMapping("/children/{childId}/notes/{noteId}/appendments")
    String append(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestParam(required = false) String appendment,
            RedirectAttributes redirect) {
        try {
            notes.append(noteId, appendment);
            redirect.addFlashAttribute("appended", true);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
            redirect.addFlashAttribute("appendment", appendment);
        }
        return "redirect:/children/" + childId + "/notes/" + noteId + "#appendments";
    }

    @PostMapping("/children/{childId}/notes/{noteId}/attachments")
    String attach(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String description, @RequestParam(required = false) String back,
            RedirectAttributes redirect) throws IOException {
        try {
            notes.attach(noteId, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), description);
            redirect.addFlashAttribute("attached", true);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("attachmentErrors", e.fieldErrors());
        }
        return "redirect:/children/" + childId + "/notes/" + noteId + ("edit".equals(back) ? "/edit" : "") + "#attachments";
    }

    @GetMapping("/children/{childId}/notes/{noteId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID childId, @PathVariable UUID noteId, @PathVariable UUID attachmentId) {
        CaseNoteFile file = notes.file(noteId, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    /** The outcome of saving a draft from the page: the draft as saved (if it could be), the problems to show, a conflict. */
    record Saved(CaseNoteDetails note, Map<String, String> errors, List<uk.org.beacon.web.FieldDifference> conflict) {}

    private String submit(UUID childId, CaseNoteForm form, BindingResult binding, String action, Model model, RedirectAttributes redirect) {
        Saved saved = save(childId, form);
        if (saved.note() != null) {
            model.addAttribute("note", saved.note());
        }
        Map<String, String> errors = new LinkedHashMap<>(saved.errors());
        boolean finalising = "finalise".equals(action);
        if (saved.conflict() != null) {
            model.addAttribute("conflict", saved.conflict());
            binding.reject("conflict", "This draft was saved from another window or device after you opened it. Check the differences below, then save again if your version is right.");
            Forms.reject(binding, errors);
            return editPage(childId, form, model);
        }
        if (finalising && errors.isEmpty() && saved.note() != null) {
            try {
                CaseNoteDetails done = notes.finalise(saved.note().id(), saved.note().version(), form.getLateReasonCode(), form.getLateReasonText());
                redirect.addFlashAttribute("finalised", true);
                return "redirect:/children/" + childId + "/notes/" + done.id();
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
                if (e.fieldErrors().containsKey("lateReasonCode") || e.fieldErrors().containsKey("lateReasonText")) {
                    model.addAttribute("askLateReason", true);
                }
            }
        } else if (finalising) {
            CaseNoteRules.checkFinal(form.toContent(new LinkedHashMap<>()), notes.types(), null, notes.now()).forEach(errors::putIfAbsent);
        }
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("draftSaved", SAVED_AT.format(notes.now()));
            return "redirect:/children/" + childId + "/notes/" + saved.note().id() + "/edit";
        }
        model.addAttribute("savedWithProblems", saved.note() != null);
        Forms.reject(binding, errors);
        return editPage(childId, form, model);
    }

    /**
     * Saves the draft as typed. What the draft rules refuse (a future date, "seen alone" without
     * "seen"…) is left out of the saved draft and reported, so the rest of the note is never lost.
     */
    private Saved save(UUID childId, CaseNoteForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        CaseNoteContent content = form.toContent(errors);
        try {
            CaseNoteDetails saved = write(childId, form, content);
            return new Saved(saved, errors, null);
        } catch (RuleViolationException e) {
            errors.putAll(e.fieldErrors());
            try {
                CaseNoteDetails saved = write(childId, form, without(content, e.fieldErrors().keySet()));
                return new Saved(saved, errors, null);
            } catch (RuleViolationException again) {
                again.fieldErrors().forEach(errors::putIfAbsent);
                return new Saved(null, errors, null);
            }
        } catch (EditConflictException e) {
            form.setVersion(e.currentVersion());
            return new Saved(null, errors, e.differences());
        }
    }

    private CaseNoteDetails write(UUID childId, CaseNoteForm form, CaseNoteContent content) {
        CaseNoteDetails saved = form.getNoteId() == null ? notes.startDraft(childId, content)
                : notes.saveDraft(form.getNoteId(), form.getVersion() == null ? -1 : form.getVersion(), content);
        form.setNoteId(saved.id());
        form.setVersion(saved.version());
        return saved;
    }

    private static CaseNoteContent without(CaseNoteContent c, java.util.Set<String> refused) {
        return new CaseNoteContent(refused.contains("noteType") ? null : c.noteType(), refused.contains("occurredAt") ? null : c.occurredAt(),
                c.title(), c.text(), !refused.contains("childSeen") && c.childSeen(),
                !refused.contains("childSeenAlone") && !refused.contains("childSeen") && c.childSeenAlone(), c.wishesAndFeelings(),
                c.significant());
    }

    private String editPage(UUID childId, CaseNoteForm form, Model model) {
        people.open(childId);
        child.header(childId, "notes", model);
        model.addAttribute("form", form);
        model.addAttribute("types", notes.types().active());
        model.addAttribute("lateReasons", notes.lateReasons().active());
        CaseNoteContent content = form.toContent(new LinkedHashMap<>());
        if (CaseNoteRules.countsAsVisit(content) && content.occurredAt() != null
                && notes.visitWouldBeLate(childId, content.occurredAt().toLocalDate())) {
            model.addAttribute("lateIfVisitedOn", content.occurredAt().toLocalDate());
        }
        if (!model.containsAttribute("note") && form.getNoteId() != null) {
            model.addAttribute("note", notes.open(form.getNoteId()));
        }
        return "casework/notes/edit";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nv(String s) {
        return s == null ? "" : s;
    }
}
