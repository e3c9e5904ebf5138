package uk.org.beacon.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.org.beacon.assessment.AssessmentContent;
import uk.org.beacon.assessment.AssessmentDetails;
import uk.org.beacon.assessment.AssessmentOutcome;
import uk.org.beacon.assessment.Assessments;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.PersonRecord;

/**
 * Child and family assessments of the demo's referrals, written through {@link Assessments} by the
 * initial response teams' social workers and authorised by their team managers. Each starts within
 * a few working days of the referral and is authorised after about as long as assessments take
 * nationally (median 33 working days from the referral, 85.7% within 45, a tail beyond with the
 * reason); about one in seven is returned once with the manager's comments first. The recent ones
 * are still being written (or waiting for a manager). Factors and outcomes follow the national
 * pattern: domestic abuse and parental mental health most often, "no factors" (21) alone for many
 * assessments that end in no further action, about a third becoming child in need plans, one in
 * eight strategy discussions, one in seven step-downs to early help with a named lead professional,
 * a few children becoming looked after. The demo social worker writes a few, so they see drafts
 * and returns. All synthetic.
 */
@Component
class DemoAssessments {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private static final String[][] LATE = {
        {"FAMILY_UNAVAILABLE", "Family cancelled two planned visits; the assessment was completed once they engaged."},
        {"PARTNER_INFORMATION", "Waited for the health visitor's and school's information before the analysis."},
        {"WORKER_CAPACITY", "Allocated worker on long-term sick leave; reallocated part way through."},
        {"COMPLEXITY", "Several children and two households; more time was needed to see each child."},
        {"INTERPRETER", "The family's first language is Tigrinya; interpreter availability delayed the visits."}};
    /** Factor codes with their weights, roughly as often as the CIN census records them. */
    private static final Object[][] FACTORS = {
        {"3B", 15}, {"4B", 14}, {"16A", 12}, {"17A", 10}, {"3A", 8}, {"2B", 7}, {"1B", 6}, {"4A", 6}, {"18C", 4}, {"3C", 3}, {"10A", 3},
        {"15A", 3}, {"20", 3}, {"24A", 2}, {"11A", 2}, {"5A", 2}, {"6A", 2}, {"7A", 2}, {"13A", 1}, {"9A", 1}, {"19C", 1}};
    private static final String[] VIEWS = {
        "\"I like it when Mum picks me up from school.\" {name} said the shouting at night scares them and they hide under the covers.",
        "{name} drew their family: Mum, Nan and the dog. \"Dad doesn't live with us now. I see him on Saturdays.\"",
        "\"I want to stay at my school with my friends.\" {name} said they are hungry some mornings.",
        "{name} is too young to say. Observed: settled with Mum, made eye contact and reached for her when the visitor came in."};
    private static final String[] FAMILY = {
        "Mum agrees there have been arguments and says her partner has now moved out. She wants help with {name}'s behaviour.",
        "Dad says the school have exaggerated; he accepts {name} has missed appointments and will take them to the next one.",
        "Mum said she has been low since the baby was born and is waiting to see her GP. She would like a family support worker."};
    private static final String[] ANALYSIS = {
        "{name}'s needs are mostly met. The worries arose from a single incident that the family have addressed; no further involvement needed.",
        "{name} is living with the effects of domestic abuse. Mum is protective but needs support to keep the plan going.",
        "Mum's mental health affects routines: meals and school attendance slip when she is unwell. With support she meets {name}'s needs.",
        "There is reasonable cause to suspect {name} is suffering significant harm: a strategy discussion is needed today."};
    private static final String[] LEADS = {"Aisha Rahman|Northgate Academy", "Tom Okafor|Eastside Family Hub", "Claire Whitfield|Health visiting team",
        "Priya Nair|Early Help North locality"};

    private final Assessments assessments;
    private final Contacts contacts;
    private final RecordAccess access;
    private final Staff staff;
    private final WorkingDays workingDays;

    DemoAssessments(Assessments assessments, Contacts contacts, RecordAccess access, Staff staff, WorkingDays workingDays) {
        this.assessments = assessments;
        this.contacts = contacts;
        this.access = access;
        this.staff = staff;
        this.workingDays = workingDays;
    }

    /** Assessments for the year's referrals older than three days; returns how many were authorised. */
    int generate(List<DemoContacts.Child> children, Random random, DemoShares.Share share) {
        return generate(children, random, share, false);
    }

    /**
     * As above. Following the national flow (about one assessment per referral), every referral is assessed, not only a
     * child's first, except one that arrives while the child's last assessment is still open: its information joins that one.
     */
    int generate(List<DemoContacts.Child> children, Random random, DemoShares.Share share, boolean nationalFlow) {
        Map<UUID, PersonRecord> records = new HashMap<>();
        children.forEach(c -> records.put(c.id(), c.record()));
        List<String[]> teams = teams();
        if (teams.isEmpty()) {
            return 0;
        }
        LocalDate today = assessments.today();
        List<ReferralSummary> referrals = as("quality", Role.QUALITY_PERFORMANCE,
                () -> contacts.referralsBetween(today.minusYears(1).minusMonths(1), today.minusDays(3)));
        Set<UUID> assessed = new LinkedHashSet<>();
        Map<UUID, LocalDate> openUntil = new HashMap<>();
        int authorised = 0;
        int started = 0;
        int demoWorker = 0;
        for (ReferralSummary r : referrals) {
            PersonRecord child = records.get(r.childId());
            if (child == null) {
                continue;
            }
            if (nationalFlow) {
                LocalDate busy = openUntil.get(r.childId());
                if (busy != null && !r.referralDate().isAfter(busy) || access.isRestricted(r.childId())) {
                    continue;
                }
            } else if (!assessed.add(r.childId()) || access.isRestricted(r.childId())) {
                continue;
            }
            boolean mine = share.first() && demoWorker < 4 && r.referralDate().isAfter(today.minusDays(70));
            String[] team = mine ? new String[] {"manager", "social.worker"} : teams.get(random.nextInt(teams.size()));
            String worker = mine ? "social.worker" : team[1 + random.nextInt(team.length - 1)];
            demoWorker += mine ? 1 : 0;
            Plan plan = new Plan(r, child, today, random);
            if (plan.write(worker, team[0])) {
                authorised++;
            }
            openUntil.put(r.childId(), plan.authorisedOn == null ? LocalDate.MAX : plan.authorisedOn);
            started++;
        }
        log.info("Demo authority: {} assessments started, {} authorised", started, authorised);
        return authorised;
    }

    /** One assessment's story, decided up front from the random stream so the demo is the same every time. */
    private final class Plan {

        private final ReferralSummary referral;
        private final String name;
        private final LocalDate born;
        private final LocalDate today;
        private final LocalDate startedOn;
        private final LocalDate authorisedOn;
        private final boolean returnedOnce;
        private final boolean awaiting;
        private final String[] late;
        private final AssessmentContent content;

        Plan(ReferralSummary referral, PersonRecord child, LocalDate today, Random random) {
            this.referral = referral;
            this.today = today;
            this.name = child.preferredName() != null ? child.preferredName() : child.givenName() != null ? child.givenName() : "the baby";
            this.born = child.dateOfBirth();
            LocalDate start = workingDays.addWorkingDays(referral.referralDate(), random.nextInt(3));
            this.startedOn = start.isAfter(today) ? referral.referralDate() : start;
            double roll = random.nextDouble();
            int taken = roll < 0.10 ? 5 + random.nextInt(15) : roll < 0.50 ? 20 + random.nextInt(14) : roll < 0.857 ? 34 + random.nextInt(12)
                    : 46 + random.nextInt(35);
            LocalDate done = workingDays.addWorkingDays(referral.referralDate(), taken);
            this.authorisedOn = done.isAfter(today) || done.isBefore(startedOn) ? null : done;
            this.returnedOnce = random.nextDouble() < 0.15;
            this.late = LATE[random.nextInt(LATE.length)];
            this.awaiting = authorisedOn == null && random.nextDouble() < 0.25;
            this.content = content(random);
        }

        /** Returns whether the assessment was authorised. */
        boolean write(String worker, String manager) {
            AssessmentDetails a = as(worker, Role.SOCIAL_WORKER, () -> {
                AssessmentDetails s = assessments.start(referral.childId(), referral.id(), startedOn);
                return assessments.saveDraft(s.id(), s.version(), authorisedOn == null && !awaiting ? partly(content) : content);
            });
            if (awaiting) {
                as(worker, Role.SOCIAL_WORKER, () -> assessments.submit(a.id(), a.version()));
                return false;
            }
            if (authorisedOn == null) {
                return false;
            }
            AssessmentDetails first = as(worker, Role.SOCIAL_WORKER, () -> assessments.submit(a.id(), a.version()));
            AssessmentDetails submitted = first;
            if (returnedOnce) {
                AssessmentDetails back = as(manager, Role.TEAM_MANAGER, () -> assessments.returnToWorker(a.id(), first.version(),
                        "Please add " + name + "'s own words and say what the school told you about attendance."));
                submitted = as(worker, Role.SOCIAL_WORKER, () -> assessments.submit(a.id(), back.version()));
            }
            long version = submitted.version();
            String rationale = rationale();
            as(manager, Role.TEAM_MANAGER, () -> assessments.authorise(a.id(), version, authorisedOn, rationale, late[0], late[1]));
            return true;
        }

        private String rationale() {
            return switch (content.outcome()) {
                case NO_FURTHER_ACTION -> "I agree there is no role for children's social care: " + name + "'s needs are met and the family know how to ask for help.";
                case CHILD_IN_NEED_PLAN -> "I agree " + name + " is a child in need. A plan with school and health will support the family with the worries identified.";
                case STRATEGY_DISCUSSION -> "The information suggests " + name + " may be suffering significant harm: a strategy discussion is to be held today.";
                case STEP_DOWN_TO_EARLY_HELP -> "The family agree to early help. The lead professional will keep the plan going and step back up if worries grow.";
                case LOOKED_AFTER -> "No family member can care for " + name + " safely at present. Legal planning meeting agreed; " + name + " to become looked after.";
            };
        }

        private AssessmentContent content(Random random) {
            double o = random.nextDouble();
            AssessmentOutcome outcome = o < 0.35 ? AssessmentOutcome.NO_FURTHER_ACTION : o < 0.68 ? AssessmentOutcome.CHILD_IN_NEED_PLAN
                    : o < 0.81 ? AssessmentOutcome.STRATEGY_DISCUSSION : o < 0.97 ? AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP : AssessmentOutcome.LOOKED_AFTER;
            List<String> factors = outcome == AssessmentOutcome.NO_FURTHER_ACTION && random.nextDouble() < 0.6 ? List.of("21") : factors(random);
            LocalDate seen = workingDays.addWorkingDays(startedOn, 1 + random.nextInt(4));
            LocalDate last = authorisedOn == null ? today : authorisedOn;
            seen = seen.isAfter(last) ? startedOn : seen;
            boolean old = born == null || born.plusYears(4).isBefore(seen);
            String lead = outcome == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP ? LEADS[random.nextInt(LEADS.length)] : null;
            String analysis = outcome == AssessmentOutcome.NO_FURTHER_ACTION ? ANALYSIS[0]
                    : outcome == AssessmentOutcome.STRATEGY_DISCUSSION || outcome == AssessmentOutcome.LOOKED_AFTER ? ANALYSIS[3]
                    : ANALYSIS[1 + random.nextInt(2)];
            return new AssessmentContent(seen, old && random.nextDouble() < 0.75 ? seen : null, null,
                    fill(old ? VIEWS[random.nextInt(3)] : VIEWS[3]), fill(FAMILY[random.nextInt(FAMILY.length)]),
                    fill("Arguments at home witnessed by {name}; missed health appointments."),
                    fill("Nan lives nearby and collects {name} from school twice a week; {name} is doing well at school."),
                    "One earlier contact in the last two years; no previous assessment.", fill("{name}'s first language is spoken at home; likes football."),
                    fill(analysis), "Your social worker will share this assessment with you and explain what happens next.", factors, outcome,
                    lead == null ? null : lead.split("\\|")[0], lead == null ? null : lead.split("\\|")[1],
                    random.nextDouble() < 0.4 ? "A neighbour told the school about shouting late at night; they asked not to be named." : null);
        }

        private List<String> factors(Random random) {
            int total = 0;
            for (Object[] f : FACTORS) {
                total += (Integer) f[1];
            }
            Set<String> chosen = new LinkedHashSet<>();
            int howMany = 1 + random.nextInt(3);
            while (chosen.size() < howMany) {
                int pick = random.nextInt(total);
                for (Object[] f : FACTORS) {
                    pick -= (Integer) f[1];
                    if (pick < 0) {
                        chosen.add((String) f[0]);
                        break;
                    }
                }
            }
            return new ArrayList<>(chosen);
        }

        private String fill(String text) {
            return text.replace("{name}", name);
        }
    }

    /** What a worker has written part way through: the visit and views, not yet the analysis or outcome. */
    private static AssessmentContent partly(AssessmentContent c) {
        return new AssessmentContent(c.childSeenOn(), c.childSeenAloneOn(), null, c.childsViews(), c.familyViews(), c.risks(), null, null, null, null,
                null, List.of(), null, null, null, null);
    }

    /** The initial response teams: each as {manager, worker, worker…}. */
    private List<String[]> teams() {
        List<String[]> found = new ArrayList<>();
        for (int team = 1; team <= 3; team++) {
            List<String> members = new ArrayList<>();
            members.add("ir" + team + ".manager");
            for (int n = 1; staff.findByUsername("ir" + team + ".worker" + n).isPresent(); n++) {
                members.add("ir" + team + ".worker" + n);
            }
            if (members.size() > 1 && staff.findByUsername(members.get(0)).isPresent()) {
                found.add(members.toArray(String[]::new));
            }
        }
        return found;
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
