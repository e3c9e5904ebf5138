package uk.org.beacon.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.org.beacon.childinneed.ChildInNeedPlanSummary;
import uk.org.beacon.childinneed.ChildInNeedPlans;
import uk.org.beacon.childinneed.Episodes;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;

/**
 * The child's record: one overview a worker reads in seconds. Who the child is, where they live,
 * who is involved, what is open (the referral and the running clocks with days remaining), the
 * latest visit, alerts, then every other module's panel ({@link ChildRecordSection}) in order, then
 * recent decisions. Access is checked and the view audited once, by opening the person's record;
 * everything else on the page is read without auditing again.
 */
@Controller
class ChildRecordPages {

    private final People people;
    private final Families families;
    private final Allocations allocations;
    private final ManagementDecisions decisions;
    private final Supervisions supervisions;
    private final Authorisations authorisations;
    private final Worklists worklists;
    private final CaseNotes notes;
    private final Contacts contacts;
    private final RecordAccess access;
    private final Staff staff;
    private final CurrentStaff currentStaff;
    private final Codes codes;
    private final CaseworkChild child;
    private final ObjectProvider<ChildRecordSection> sections;
    private final Episodes episodes;
    private final ChildInNeedPlans cinPlans;
    private final Clock clock;

    ChildRecordPages(People people, Families families, Allocations allocations, ManagementDecisions decisions, Supervisions supervisions,
            Authorisations authorisations, Worklists worklists, CaseNotes notes, Contacts contacts, RecordAccess access, Staff staff,
            CurrentStaff currentStaff, Codes codes, CaseworkChild child, ObjectProvider<ChildRecordSection> sections, Episodes episodes,
            ChildInNeedPlans cinPlans, Clock clock) {
        this.episodes = episodes;
        this.cinPlans = cinPlans;
        this.people = people;
        this.families = families;
        this.allocations = allocations;
        this.decisions = decisions;
        this.supervisions = supervisions;
        this.authorisations = authorisations;
        this.worklists = worklists;
        this.notes = notes;
        this.contacts = contacts;
        this.access = access;
        this.staff = staff;
        this.currentStaff = currentStaff;
        this.codes = codes;
        this.child = child;
        this.sections = sections;
        this.clock = clock;
    }

    static final int RECENT_NOTES = 5;

    /** One alert at the top of the record: how serious, and what. */
    record Alert(String level, String text) {}

    @GetMapping("/children/{childId}")
    String record(@PathVariable UUID childId, Model model) {
        StaffSummary me = currentStaff.require();
        if (me.isPartner()) {
            throw new AccessDeniedException("The child's casework record is for children's services staff");
        }
        PersonDetails person = people.open(childId);
        LocalDate today = LocalDate.now(clock);
        child.header(childId, "record", model);
        model.addAttribute("person", person);
        model.addAttribute("decision", people.decide(childId));
        model.addAttribute("today", today);
        model.addAttribute("codes", codes);

        CaseAllocation allocation = allocations.read(childId);
        model.addAttribute("allocation", allocation);
        model.addAttribute("relationships", families.relationships(childId).stream().filter(r -> r.endedOn() == null).toList());
        model.addAttribute("involvements", families.involvements(childId).stream().filter(i -> i.endedOn() == null).toList());
        model.addAttribute("household", families.household(childId));
        List<ReferralSummary> referrals = contacts.referralsFor(childId);
        model.addAttribute("referral", referrals.isEmpty() ? null : referrals.get(0));
        model.addAttribute("referralCount", referrals.size());
        model.addAttribute("openEpisode", episodes.openFor(childId).orElse(null));
        model.addAttribute("openCinPlan", cinPlans.forChild(childId).stream().filter(ChildInNeedPlanSummary::open).findFirst().orElse(null));
        List<WorklistClock> clocks = worklists.rows(List.of(childId), today).stream()
                .sorted(Comparator.comparing((WorklistClock r) -> r.clock().daysRemaining())).toList();
        model.addAttribute("clocks", clocks);
        model.addAttribute("visit", notes.latestVisit(childId).orElse(null));
        model.addAttribute("recentNotes", notes.recent(childId, RECENT_NOTES));
        List<ManagementDecisionSummary> recentDecisions = decisions.read(childId);
        model.addAttribute("decisions", recentDecisions.stream().limit(3).toList());
        model.addAttribute("decisionCount", recentDecisions.size());
        List<SupervisionSummary> supervision = supervisions.read(childId);
        model.addAttribute("supervision", supervision.isEmpty() ? null : supervision.get(0));
        model.addAttribute("awaitingSignOff", authorisations.read(childId).stream().filter(AuthorisationSummary::awaiting).toList());
        if (person.restricted()) {
            model.addAttribute("namedStaff", staff.displayNames(access.namedStaff(childId)).values());
        }
        model.addAttribute("alerts", alerts(person, allocation, referrals, clocks, today));

        List<ChildRecordSection> panels = sections.orderedStream().sorted(Comparator.comparingInt(ChildRecordSection::order)).toList();
        List<String> fragments = new ArrayList<>();
        for (ChildRecordSection panel : panels) {
            Map<String, Object> variables = panel.model(childId);
            variables.forEach((name, value) -> {
                if (!model.containsAttribute(name)) {
                    model.addAttribute(name, value);
                }
            });
            fragments.add(panel.fragment());
        }
        model.addAttribute("sections", fragments);
        return "casework/record";
    }

    private List<Alert> alerts(PersonDetails person, CaseAllocation allocation, List<ReferralSummary> referrals, List<WorklistClock> clocks,
            LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        if (person.restricted()) {
            alerts.add(new Alert("red", "Restricted record: open only to named staff and those who hold the case"));
        }
        if (person.dateOfDeath() != null) {
            alerts.add(new Alert("red", "Died on " + person.dateOfDeath()));
        }
        long overdue = clocks.stream().filter(c -> c.clock().late()).count();
        if (overdue > 0) {
            alerts.add(new Alert("red", overdue == 1 ? "1 timescale overdue" : overdue + " timescales overdue"));
        }
        if (allocation.lead() != null && allocation.lead().workerId() == null) {
            alerts.add(new Alert("orange", "No key worker allocated: held by " + allocation.lead().teamName()));
        } else if (allocation.lead() == null && !referrals.isEmpty()) {
            alerts.add(new Alert("orange", "Referred, not yet held by a team"));
        }
        if (allocation.openTransfer() != null) {
            alerts.add(new Alert("yellow", "Transfer to " + allocation.openTransfer().toTeamName() + " awaiting acceptance"));
        }
        if (!referrals.isEmpty() && referrals.get(0).reReferral()) {
            alerts.add(new Alert("yellow", "Re-referral: referred again within 12 months"));
        }
        if (person.interpreterNeeded()) {
            alerts.add(new Alert("yellow", "Interpreter needed (" + codes.language().labelOrCode(person.firstLanguage()) + ")"));
        }
        List<String> disabilities = person.disabilities().stream().filter(d -> !"NONE".equals(d)).map(d -> codes.disability().labelOrCode(d)).toList();
        if (!disabilities.isEmpty()) {
            alerts.add(new Alert("blue", "Disability: " + String.join(", ", disabilities)));
        }
        return alerts;
    }
}
