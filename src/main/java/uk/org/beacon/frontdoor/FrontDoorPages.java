package uk.org.beacon.frontdoor;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.MatchQuery;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonMatching;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.RuleViolationException;

/** The front door's pages: the screening queue, recording a contact, screening and deciding, and the partner referral form. */
@Controller
class FrontDoorPages {

    private final Contacts contacts;
    private final PersonMatching matching;
    private final People people;
    private final Staff staff;
    private final CurrentStaff currentStaff;
    private final Codes codes;
    private final FrontDoorClock decisionClock;
    private final FrontDoorSettings settings;
    private final Clock clock;

    FrontDoorPages(Contacts contacts, PersonMatching matching, People people, Staff staff, CurrentStaff currentStaff, Codes codes,
            FrontDoorClock decisionClock, FrontDoorSettings settings, Clock clock) {
        this.contacts = contacts;
        this.matching = matching;
        this.people = people;
        this.staff = staff;
        this.currentStaff = currentStaff;
        this.codes = codes;
        this.decisionClock = decisionClock;
        this.settings = settings;
        this.clock = clock;
    }

    @ModelAttribute("choices")
    Map<String, List<Code>> choices() {
        Map<String, List<Code>> c = new LinkedHashMap<>();
        c.put("channel", Arrays.stream(Channel.values()).filter(ch -> ch != Channel.MARF && ch != Channel.POLICE_NOTIFICATION && ch != Channel.PARTNER_USER)
                .map(ch -> new Code(ch.name(), ch.label(), false)).toList());
        c.put("consent", Arrays.stream(Consent.values()).map(x -> new Code(x.name(), x.label(), false)).toList());
        c.put("requestType", Arrays.stream(RequestType.values()).map(x -> new Code(x.name(), x.label(), false)).toList());
        c.put("urgency", Arrays.stream(Urgency.values()).map(x -> new Code(x.name(), x.label(), false)).toList());
        c.put("decision", Arrays.stream(ScreeningDecision.values()).map(x -> new Code(x.name(), x.label(), false)).toList());
        c.put("referralSource", codes.referralSource().active());
        c.put("concerns", codes.contactConcern().active());
        return c;
    }

    @ModelAttribute("codes")
    Codes codes() {
        return codes;
    }

    @GetMapping("/front-door")
    String queue(Model model) {
        List<ContactDetails> queue = contacts.awaitingScreening();
        model.addAttribute("queue", queue);
        var me = currentStaff.require();
        model.addAttribute("toAuthorise", Contacts.isFrontDoor(me) ? contacts.awaitingAuthorisation() : List.of());
        model.addAttribute("clocks", decisionClock.readings(queue));
        model.addAttribute("screeners", staff.displayNames(queue.stream().map(ContactDetails::screenerId).toList()));
        return "frontdoor/queue";
    }

    @PostMapping("/front-door/contacts/{id}/authorisation")
    String authorise(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            contacts.authorise(id, version, note);
            redirect.addFlashAttribute("decided", true);
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of("authorise", "This decision was changed or agreed by someone else: check it again"));
        }
        return "redirect:/front-door/contacts/" + id;
    }

    @PostMapping("/front-door/contacts/{id}/return")
    String returnDecision(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            contacts.returnDecision(id, version, reason);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of("returnReason", "This decision was changed or agreed by someone else: check it again"));
        }
        return "redirect:/front-door/contacts/" + id;
    }

    @GetMapping("/admin/front-door")
    String settings(Model model) {
        model.addAttribute("needsAuthorisation", settings.decisionsNeedAuthorisation());
        return "frontdoor/settings";
    }

    @PostMapping("/admin/front-door")
    String changeSettings(@RequestParam(defaultValue = "false") boolean needsAuthorisation, @RequestParam(required = false) String reason,
            Model model) {
        try {
            settings.setDecisionsNeedAuthorisation(needsAuthorisation, reason);
            return "redirect:/admin/front-door?saved";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("needsAuthorisation", needsAuthorisation);
            return "frontdoor/settings";
        }
    }

    @GetMapping("/front-door/contacts/new")
    String newContact(Model model) {
        model.addAttribute("form", new ContactForm());
        return "frontdoor/contact-new";
    }

    @PostMapping("/front-door/contacts/new")
    String record(@ModelAttribute("form") ContactForm form, BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        ContactRecord record = form.toRecord(clock.instant(), errors);
        try {
            if (errors.isEmpty()) {
                ContactDetails saved = contacts.record(record);
                return "redirect:/front-door/contacts/" + saved.id();
            }
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        Forms.reject(binding, errors);
        return "frontdoor/contact-new";
    }

    @GetMapping("/front-door/contacts/{id}")
    String screening(@PathVariable UUID id, Model model) {
        var me = currentStaff.require();
        if (me.isPartner()) {
            return "redirect:/my-referrals";
        }
        if (Contacts.isFrontDoor(me)) {
            ScreeningClaim claim = contacts.claim(id, false);
            model.addAttribute("claim", claim);
            if (!claim.yours()) {
                model.addAttribute("claimedBy", staff.displayNames(List.of(claim.screenerId())).get(claim.screenerId()));
            }
        }
        ContactDetails contact = contacts.open(id);
        model.addAttribute("contact", contact);
        model.addAttribute("clock", decisionClock.reading(contact));
        if (contact.childId() == null) {
            model.addAttribute("matches", matching.candidates(new MatchQuery(contact.childGivenName(), contact.childFamilyName(),
                    contact.childDateOfBirth(), null, null, contact.childPostcode(), contact.childAddress())));
        } else {
            model.addAttribute("child", people.open(contact.childId()));
            model.addAttribute("history", contacts.history(contact.childId(), id));
            model.addAttribute("siblings", contacts.siblings(id, contact.childId()));
            model.addAttribute("reReferral", contacts.wouldBeReReferral(contact.childId(),
                    contact.receivedAt().atZone(ContactRules.UK).toLocalDate()));
        }
        model.addAttribute("names", staff.displayNames(java.util.stream.Stream.of(contact.decidedBy(), contact.screenerId(), contact.authorisedBy())
                .filter(java.util.Objects::nonNull).toList()));
        return "frontdoor/screening";
    }

    @PostMapping("/front-door/contacts/{id}/take-over")
    String takeOver(@PathVariable UUID id) {
        contacts.claim(id, true);
        return "redirect:/front-door/contacts/" + id;
    }

    @PostMapping("/front-door/contacts/{id}/child")
    String identify(@PathVariable UUID id, @RequestParam(required = false) UUID personId, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            contacts.identifyChild(id, version, personId);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of("personId", "Someone else changed this contact: check it and choose again"));
        }
        return "redirect:/front-door/contacts/" + id;
    }

    @PostMapping("/front-door/contacts/{id}/new-child")
    String newChild(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        ContactDetails c = contacts.open(id);
        try {
            PersonDetails created = people.register(new PersonRecord("CHILD", c.childGivenName(), null, c.childFamilyName(), null, List.of(),
                    c.childDateOfBirth(), null, "U", null, null, null, null, false, Set.of(), null, null, null, null, null,
                    c.childPostcode() == null ? null : new PersonRecord.AddressLines(c.childAddress() == null ? "Address not given" : c.childAddress(),
                            null, null, c.childPostcode(), null)));
            contacts.identifyChild(id, version, created.id());
        } catch (RuleViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((k, v) -> errors.put("personId", v));
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/front-door/contacts/" + id;
    }

    @PostMapping("/front-door/contacts/{id}/siblings/{personId}")
    String consider(@PathVariable UUID id, @PathVariable UUID personId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            contacts.consider(id, personId, outcome, reason);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
        }
        return "redirect:/front-door/contacts/" + id + "#siblings";
    }

    @PostMapping("/front-door/contacts/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String rationale, @RequestParam(required = false) String feedback, RedirectAttributes redirect) {
        ScreeningDecision d = null;
        try {
            d = decision == null || decision.isBlank() ? null : ScreeningDecision.valueOf(decision);
        } catch (IllegalArgumentException unknown) {
            // reported below as "select the decision"
        }
        try {
            contacts.decide(id, version, d, rationale, feedback);
            redirect.addFlashAttribute("decided", true);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
            redirect.addFlashAttribute("rationale", rationale);
            redirect.addFlashAttribute("feedback", feedback);
            redirect.addFlashAttribute("chosen", decision);
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("errors", Map.of("decision", "This contact was decided or changed by someone else: "
                    + e.differences().stream().map(x -> x.field() + " " + x.savedValue()).toList()));
        }
        return "redirect:/front-door/contacts/" + id;
    }

    @GetMapping("/referrals/new")
    String marf(Model model) {
        model.addAttribute("form", new ContactForm());
        return "frontdoor/marf";
    }

    @PostMapping("/referrals/new")
    String submitMarf(@ModelAttribute("form") ContactForm form, BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        form.setChannel(Channel.MARF.name());
        form.setReferrerName(currentStaff.require().displayName());
        ContactRecord record = form.toRecord(clock.instant(), errors);
        try {
            if (errors.isEmpty()) {
                ContactDetails saved = contacts.submitAsPartner(record);
                return "redirect:/referrals/" + saved.id() + "/acknowledgement";
            }
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        Forms.reject(binding, errors);
        return "frontdoor/marf";
    }

    @GetMapping("/referrals/{id}/acknowledgement")
    String acknowledgement(@PathVariable UUID id, Model model) {
        model.addAttribute("contact", contacts.open(id));
        return "frontdoor/acknowledgement";
    }

    @GetMapping("/my-referrals")
    String mySubmissions(Model model) {
        model.addAttribute("submissions", contacts.mySubmissions());
        return "frontdoor/my-referrals";
    }

}
