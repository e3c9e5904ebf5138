package uk.org.beacon.demodata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.Section47Details;
import uk.org.beacon.childprotection.Section47Enquiries;
import uk.org.beacon.childprotection.Section47StepRecord;
import uk.org.beacon.childprotection.StrategyDiscussionDetails;
import uk.org.beacon.childprotection.StrategyDiscussionRecord;
import uk.org.beacon.childprotection.StrategyDiscussions;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;

/**
 * Strategy discussions and section 47 enquiries for the demo's year, through the child protection
 * entry classes: every referral the front door routed to a strategy discussion and a share of the
 * others (concerns that escalated during assessment). The police, health and education take part
 * and say what they know; about two in three discussions decide a section 47 enquiry, most of them
 * joint with the police. Enquiries have a joint visit and checks with the police, the GP and the
 * school; a disabled child's enquiry is co-worked by the children with disabilities team, whose
 * worker records a check and whose manager records oversight. Older enquiries have an outcome
 * signed off by the lead team's manager (about 40% needing an initial conference, as nationally);
 * a few wait for sign-off. Deterministic from the seed. All synthetic.
 */
@Component
class DemoSafeguarding {

    private static final Logger log = LoggerFactory.getLogger(DemoSafeguarding.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_DISCUSSIONS = 2000;
    private static final double ESCALATED_SHARE = 0.25;
    /** Following the national flow: about half of referrals have a strategy discussion, four in five of them an enquiry. */
    private static final double NATIONAL_ESCALATED_SHARE = 0.4;
    /** Disabled children are more likely to be subject to an enquiry once referred (and the demo shows co-working). */
    private static final double DISABLED_ESCALATED_SHARE = 0.9;

    private static final String[] POLICE = {
        "No previous police involvement with the household.",
        "Two domestic abuse call-outs to the address in the last six months; mother's partner arrested once, no further action.",
        "Mother's partner has a caution for assault (2021) and is known for cannabis possession.",
        "Attended the home last night after a neighbour's call; child had a red mark on the cheek and was upset."};
    private static final String[] HEALTH = {
        "Registered with the practice; immunisations up to date; no injuries recorded before.",
        "Missed two hospital appointments this year; the health visitor has had no access twice.",
        "Seen in A&E in the spring with a wrist fracture, explained as a fall from a trampoline.",
        "Growth below the expected centile at the last check; the family were referred to the dietitian."};
    private static final String[] EDUCATION = {
        "Attendance 91%; no concerns until this week, when the child told the teacher about the incident.",
        "Attendance 78%; often arrives hungry; the school provides breakfast club.",
        "The child has seemed withdrawn this term and flinched when a teacher raised their voice.",
        "Has an EHC plan; communicates with Makaton and symbols; the teaching assistant knows the child best."};
    private static final String[] REASONS_S47 = {
        "An injury with the child's own account of how it happened: reasonable cause to suspect the child is suffering significant harm.",
        "Repeated domestic abuse incidents with the child present, and a new injury: the threshold for a section 47 enquiry is met.",
        "The pattern of neglect reported by health and school, with the child's disclosure: an enquiry is needed to assess the risk."};
    private static final String[] REASONS_NO = {
        "The injury is consistent with the explanation given and seen by the school at the time: no reasonable cause to suspect significant harm.",
        "Information from the agencies does not suggest significant harm; the child and family assessment continues with the school's support."};
    private static final String[][] OUTCOMES = {
        {"NOT_SUBSTANTIATED", "The child was seen alone and gave a consistent account of an accident; the medical found nothing to suggest abuse."},
        {"SUBSTANTIATED_NO_CONFERENCE", "Concerns about supervision substantiated; the parents accept support and a child in need plan is agreed."},
        {"SUBSTANTIATED_CONFERENCE_NEEDED", "Concerns of physical abuse substantiated; the partner remains in the home and the risk continues."},
        {"LIKELY_TO_SUFFER_HARM", "Cumulative neglect and domestic abuse: the child is likely to suffer significant harm without a plan."}};

    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final Contacts contacts;
    private final Staff staff;
    private final RecordAccess access;
    private final WorkingDays workingDays;
    private final java.time.Clock clock;

    DemoSafeguarding(StrategyDiscussions discussions, Section47Enquiries enquiries, Contacts contacts, Staff staff, RecordAccess access,
            WorkingDays workingDays, java.time.Clock clock) {
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.contacts = contacts;
        this.staff = staff;
        this.access = access;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** What the demo built. */
    record Built(int discussions, int enquiries, int coWorked, int concluded) {}

    Built generate(List<DemoContacts.Child> children, Random random, DemoShares.Share share) {
        return generate(children, random, share, AuthoritySize.SMALL);
    }

    /**
     * As above. Following the national flow (0.36 enquiries per referral, 31% of them to an initial conference), every
     * referral is considered, not only a child's latest, except one that arrives while the child's last enquiry is still
     * going on; about 40% of the others escalate, four in five discussions decide an enquiry.
     */
    Built generate(List<DemoContacts.Child> children, Random random, DemoShares.Share share, AuthoritySize size) {
        boolean nationalFlow = size.nationalFlow();
        LocalDateTime now = LocalDateTime.now(clock.withZone(UK));
        LocalDate today = now.toLocalDate();
        Map<UUID, DemoContacts.Child> byId = new HashMap<>();
        children.forEach(c -> byId.put(c.id(), c));
        Map<UUID, ReferralSummary> latest = new LinkedHashMap<>();
        List<ReferralSummary> considered = new ArrayList<>();
        as("manager", Role.TEAM_MANAGER, () -> contacts.referralsBetween(today.minusDays(365), today.minusDays(1)))
                .stream().filter(r -> share.whole() || byId.containsKey(r.childId())).forEach(r -> {
                    latest.put(r.childId(), r);
                    considered.add(r);
                });
        Map<UUID, LocalDate> enquiryUntil = new HashMap<>();
        int maxDiscussions = share.cap(size.scaled(MAX_DISCUSSIONS));
        List<StaffSummary> leads = new ArrayList<>();
        List<StaffSummary> cwd = new ArrayList<>();
        for (StaffSummary s : staff.all()) {
            if (s.active() && s.has(Role.SOCIAL_WORKER) && s.username().matches("sfs[1-6]\\.worker\\d+")) {
                leads.add(s);
            } else if (s.active() && s.has(Role.SOCIAL_WORKER) && s.username().startsWith("cwd.worker")) {
                cwd.add(s);
            }
        }
        if (leads.isEmpty() || cwd.isEmpty()) {
            return new Built(0, 0, 0, 0);
        }
        int held = 0;
        int started = 0;
        int coWorked = 0;
        int concluded = 0;
        int forDemoWorker = 0;
        int leftForSignOff = 0;
        for (ReferralSummary referral : nationalFlow ? considered : latest.values()) {
            if (held >= maxDiscussions) {
                break;
            }
            LocalDate busy = enquiryUntil.get(referral.childId());
            if (busy != null && !referral.referralDate().isAfter(busy)) {
                continue; // the child's enquiry is still going on: the new referral's information joins it
            }
            boolean routed = referral.route() == ScreeningDecision.STRATEGY_DISCUSSION;
            DemoContacts.Child child = byId.get(referral.childId());
            boolean disabled = child != null && child.record().disabilities().stream().anyMatch(d -> !"NONE".equals(d));
            if (!routed && random.nextDouble() >= (disabled ? DISABLED_ESCALATED_SHARE : nationalFlow ? NATIONAL_ESCALATED_SHARE : ESCALATED_SHARE)) {
                continue;
            }
            if (access.isRestricted(referral.childId())) {
                continue;
            }
            LocalDateTime planned = workday(referral.referralDate().plusDays(routed ? 0 : 3 + random.nextInt(20)), today)
                    .atTime(10 + random.nextInt(6), random.nextInt(4) * 15);
            LocalDateTime heldAt = planned.isAfter(now.minusHours(2)) ? planned.minusDays(1) : planned;
            if (heldAt.isAfter(now.minusHours(2)) || heldAt.toLocalDate().isBefore(referral.referralDate())) {
                continue;
            }
            // the first disabled child's discussion decides an enquiry, so even the small demo shows co-working
            boolean section47 = random.nextDouble() < (disabled ? (nationalFlow ? 0.85 : 0.8) : nationalFlow ? 0.8 : 0.64) || (disabled && coWorked == 0);
            boolean joint = section47 && random.nextDouble() < 0.8;
            StaffSummary lead = share.first() && forDemoWorker < 4 && referral.referralDate().isAfter(today.minusDays(60))
                    ? staff.findByUsername("social.worker").orElseThrow() : leads.get(random.nextInt(leads.size()));
            String leadName = lead.username();
            StrategyDiscussionRecord record = record(heldAt, lead, section47, joint, disabled, random);
            StrategyDiscussionDetails d;
            try {
                d = as(leadName, Role.SOCIAL_WORKER, () -> discussions.record(referral.childId(), record));
            } catch (RuntimeException refused) {
                log.debug("Demo strategy discussion not recorded for referral {}: {}", referral.id(), refused.getMessage());
                continue;
            }
            held++;
            if (!section47) {
                continue;
            }
            final Section47Details e;
            try {
                e = as(leadName, Role.SOCIAL_WORKER, () -> enquiries.start(referral.childId(), d.id(), heldAt.toLocalDate(), null));
            } catch (RuntimeException refused) {
                continue;
            }
            started++;
            enquiryUntil.put(referral.childId(), LocalDate.MAX);
            if (leadName.equals("social.worker")) {
                forDemoWorker++;
            }
            steps(e, leadName, heldAt, now, joint, random);
            if (disabled) {
                StaffSummary coworker = cwd.get(random.nextInt(cwd.size()));
                Section47Details before = e;
                Section47Details co = as(leadName, Role.SOCIAL_WORKER, () -> enquiries.addCoworker(before.id(), before.version(), coworker.id(),
                        "The child's disability and communication needs: the disability team co-works the enquiry to hear the child's views."));
                coWorked++;
                LocalDateTime checkAt = heldAt.plusDays(1).withHour(11);
                if (!checkAt.isAfter(now)) {
                    as(coworker.username(), Role.SOCIAL_WORKER, () -> enquiries.recordStep(co.id(), new Section47StepRecord(checkAt,
                            "AGENCY_CHECK", "EDUCATION", true, "Special school: the child's communication passport and the teaching assistant's "
                                    + "account of the child's words this week; no earlier concerns.", false, false)));
                    as("cwd.manager", Role.TEAM_MANAGER, () -> enquiries.recordOversight(co.id(),
                            "Disability team co-working agreed: our worker supports the joint visit with Makaton; lead stays with safeguarding."));
                }
            }
            LocalDate outcomeOn = workingDays.addWorkingDays(heldAt.toLocalDate(), 6 + random.nextInt(8));
            boolean demoWorkersFirst = leadName.equals("social.worker") && forDemoWorker == 1;
            if (outcomeOn.isAfter(today.minusDays(2)) || demoWorkersFirst) {
                continue; // still in progress (the demo social worker keeps one on their worklist)
            }
            String[] outcome = nationalFlow ? nationalOutcome(random) : outcome(random);
            // after an enquiry that needs a conference the child's plan (or the decision not to make one) takes the year's later referrals
            boolean conference = outcome[0].startsWith("SUBSTANTIATED_CONFERENCE") || outcome[0].startsWith("LIKELY");
            enquiryUntil.put(referral.childId(), conference ? LocalDate.MAX : outcomeOn);
            Section47Details current = as(leadName, Role.SOCIAL_WORKER, () -> enquiries.open(e.id()));
            Section47Details recorded = as(leadName, Role.SOCIAL_WORKER, () -> enquiries.recordOutcome(current.id(), current.version(), outcome[0],
                    outcomeOn, outcome[1]));
            if (leadName.equals("social.worker") && forDemoWorker == 2 || share.first() && leftForSignOff < 1 && outcomeOn.isAfter(today.minusDays(20))) {
                leftForSignOff++;
                continue; // waits for the manager's sign-off
            }
            String manager = managerOf(lead);
            as(manager, Role.TEAM_MANAGER, () -> enquiries.signOff(recorded.id(), recorded.version(),
                    outcome[0].startsWith("SUBSTANTIATED_CONFERENCE") || outcome[0].startsWith("LIKELY")
                            ? "Agreed: the risk is not reduced by the family's own actions; an initial child protection conference is needed."
                            : "Agreed: the enquiry was thorough, the child was seen alone and the agencies' checks support the conclusion."));
            concluded++;
        }
        log.info("Demo authority: {} strategy discussions, {} section 47 enquiries ({} co-worked), {} signed off", held, started, coWorked,
                concluded);
        return new Built(held, started, coWorked, concluded);
    }

    private void steps(Section47Details e, String lead, LocalDateTime heldAt, LocalDateTime now, boolean joint, Random random) {
        List<Section47StepRecord> steps = new ArrayList<>();
        steps.add(new Section47StepRecord(heldAt.plusHours(1), "AGENCY_CHECK", "POLICE", true, POLICE[random.nextInt(POLICE.length)], false, false));
        steps.add(new Section47StepRecord(heldAt.plusHours(2), "VISIT", null, null, (joint ? "Joint home visit with the police. " : "Home visit. ")
                + "The child was seen in their bedroom and talked about school and home; the parents gave their account.", true,
                random.nextDouble() < 0.75));
        steps.add(new Section47StepRecord(heldAt.plusDays(1).withHour(9).withMinute(30), "AGENCY_CHECK", "HEALTH_GP", random.nextDouble() < 0.9,
                HEALTH[random.nextInt(HEALTH.length)], false, false));
        steps.add(new Section47StepRecord(heldAt.plusDays(1).withHour(10).withMinute(15), "AGENCY_CHECK", "EDUCATION", true,
                EDUCATION[random.nextInt(EDUCATION.length)], false, false));
        if (random.nextDouble() < 0.3) {
            steps.add(new Section47StepRecord(heldAt.plusDays(2).withHour(14), "MEDICAL", "HEALTH_HOSPITAL", null,
                    "Child protection medical by the community paediatrician: findings shared verbally and in writing.", true, false));
        }
        for (Section47StepRecord step : steps) {
            if (step.occurredAt().isAfter(now)) {
                return;
            }
            as(lead, Role.SOCIAL_WORKER, () -> enquiries.recordStep(e.id(), step));
        }
    }

    private StrategyDiscussionRecord record(LocalDateTime heldAt, StaffSummary lead, boolean section47, boolean joint, boolean disabled,
            Random random) {
        List<StrategyDiscussionRecord.Participant> people = new ArrayList<>();
        people.add(new StrategyDiscussionRecord.Participant("SOCIAL_CARE", lead.displayName(), "Social worker", "ATTENDED",
                "Referral details and the family's history with children's social care shared."));
        people.add(new StrategyDiscussionRecord.Participant("POLICE", "DC " + DemoNames.pick(random, DemoNames.GROUPS.get(0).surnames()),
                "Child abuse investigation team", "ATTENDED", POLICE[random.nextInt(POLICE.length)]));
        boolean gpWrote = random.nextDouble() < 0.3;
        people.add(new StrategyDiscussionRecord.Participant(gpWrote ? "HEALTH_GP" : "HEALTH_SCHOOL_NURSE",
                (gpWrote ? "Dr " : "Nurse ") + DemoNames.pick(random, DemoNames.GROUPS.get(0).surnames()), gpWrote ? "GP" : "School nurse",
                gpWrote ? "SENT_INFORMATION" : "ATTENDED", gpWrote ? null : HEALTH[random.nextInt(HEALTH.length)]));
        people.add(new StrategyDiscussionRecord.Participant("EDUCATION", "Ms " + DemoNames.pick(random, DemoNames.GROUPS.get(0).surnames()),
                "Designated safeguarding lead", "ATTENDED", disabled ? EDUCATION[3] : EDUCATION[random.nextInt(3)]));
        List<StrategyDiscussionRecord.Action> actions = new ArrayList<>();
        LocalDate on = heldAt.toLocalDate();
        if (section47) {
            actions.add(new StrategyDiscussionRecord.Action(joint ? "Joint visit with the police to see the child alone" : "Visit to see the child alone",
                    lead.displayName(), "SOCIAL_CARE", on));
            actions.add(new StrategyDiscussionRecord.Action("Share attendance and any disclosures with the social worker", people.get(3).name(),
                    "EDUCATION", on.plusDays(1)));
        } else {
            actions.add(new StrategyDiscussionRecord.Action("Continue the child and family assessment and see the child this week",
                    lead.displayName(), "SOCIAL_CARE", on.plusDays(5)));
        }
        return new StrategyDiscussionRecord(heldAt, random.nextDouble() < 0.25 ? "MEETING" : "DISCUSSION", lead.displayName().equals("Jordan Social-Worker")
                ? "Morgan Manager, team manager" : "Team manager", people, section47, section47 ? joint : null,
                section47 ? REASONS_S47[random.nextInt(REASONS_S47.length)] : REASONS_NO[random.nextInt(REASONS_NO.length)], actions);
    }

    /** About 40% of enquiries lead to an initial conference (national), the rest end without one. */
    private static String[] outcome(Random random) {
        double r = random.nextDouble();
        return r < 0.38 ? OUTCOMES[0] : r < 0.60 ? OUTCOMES[1] : r < 0.90 ? OUTCOMES[2] : OUTCOMES[3];
    }

    /** 31% of enquiries lead to an initial conference (practice reference 4a). */
    private static String[] nationalOutcome(Random random) {
        double r = random.nextDouble();
        return r < 0.45 ? OUTCOMES[0] : r < 0.69 ? OUTCOMES[1] : r < 0.92 ? OUTCOMES[2] : OUTCOMES[3];
    }

    private String managerOf(StaffSummary lead) {
        if (lead.username().equals("social.worker")) {
            return "manager";
        }
        return lead.username().substring(0, lead.username().indexOf('.')) + ".manager";
    }

    private LocalDate workday(LocalDate day, LocalDate today) {
        LocalDate d = day;
        while (!workingDays.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d.isAfter(today) ? today : d;
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
