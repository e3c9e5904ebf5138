package uk.org.beacon.demodata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.casework.AuthorisationRequest;
import uk.org.beacon.casework.AuthorisationSummary;
import uk.org.beacon.casework.Authorisations;
import uk.org.beacon.casework.CaseAllocation;
import uk.org.beacon.casework.CaseNotes;
import uk.org.beacon.casework.ManagementDecisionRecord;
import uk.org.beacon.casework.ManagementDecisions;
import uk.org.beacon.casework.SupervisionRecord;
import uk.org.beacon.casework.Supervisions;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.timescales.Clocks;

/**
 * Allocation and oversight for the demo's referred children, through casework's entry classes:
 * each referred child allocated by a team manager to a worker in a safeguarding and family support
 * team (the demo social worker among them) or, for some disabled children, the children with
 * disabilities team, with a disability-team co-worker alongside some safeguarding leads; the last
 * few days' referrals still waiting for a team, two children waiting for a new worker, two transfers
 * in progress (one late) and one done; child in need visiting clocks (T10) running for allocated
 * children, so worklists show live due and overdue clocks; management decisions, supervision
 * records and sign-off requests. Children with case notes are allocated to the worker who wrote them.
 * All synthetic.
 */
@Component
class DemoCasework {

    private static final Logger log = LoggerFactory.getLogger(DemoCasework.class);
    private static final int RECENT_REFERRALS_LEFT_WAITING = 4;

    private static final String[][] DECISIONS = {
        {"Proceed to a child and family assessment", "The concerns are of neglect over time, not immediate risk; the family agree to an assessment and the school will share attendance weekly.",
            "Worker to visit within 5 working days and see the child alone."},
        {"Convene a strategy discussion", "A second unexplained injury in a month with an inconsistent explanation: the threshold for a section 47 enquiry may be met.",
            "Strategy discussion with police and health tomorrow morning."},
        {"Step down to early help", "The assessment shows needs are being met with the family's own network; no child protection concerns remain.",
            "Early help lead professional to be identified at school; close to children's social care after the handover meeting."},
        {"Child in need plan to continue for three months", "Progress on the home conditions is real but recent; the child's views are that things are better.",
            "Review in three months; visits every 20 working days."},
        {"Ask the disability team to co-work the case", "The child's communication needs mean the disability team's expertise is needed to hear their views.",
            "Disability team manager to allocate a co-worker this week."}};
    private static final String[][] SUPERVISION = {
        {"Discussed the child's attendance, the home conditions seen on the last two visits and mum's engagement with the parenting course.",
            "Neglect here is cumulative: each visit looks acceptable but the pattern over three months is of drift. The child's own words about weekends worry us most."},
        {"Discussed the outcome of the strategy discussion and the plan for the joint visit with the police.",
            "The father's account changes each time; we need to hold the uncertainty and see the child alone before the conference."},
        {"Reviewed the child in need plan actions and the family network meeting.",
            "Grandparents are a real strength; the risk is that the plan relies on them without asking them what they can sustain."}};
    private static final String[][] ACTIONS = {
        {"See the child alone at school"}, {"Ask the school for the attendance record"}, {"Convene a family network meeting"},
        {"Speak to the father about the plan"}, {"Complete the chronology and share it with the family"}};
    private static final String[][] SIGN_OFFS = {
        {"ASSESSMENT", "Child and family assessment: recommends a child in need plan"},
        {"CHILD_IN_NEED_PLAN", "Child in need plan: first version for agreement"},
        {"CASE_CLOSURE", "Case closure: needs met, family supported by school"}};

    private final Allocations allocations;
    private final ManagementDecisions decisions;
    private final Supervisions supervisions;
    private final Authorisations authorisations;
    private final CaseNotes notes;
    private final Contacts contacts;
    private final Staff staff;
    private final Teams teams;
    private final Clocks clocks;
    private final WorkingDays workingDays;
    private final java.time.Clock clock;

    DemoCasework(Allocations allocations, ManagementDecisions decisions, Supervisions supervisions, Authorisations authorisations,
            CaseNotes notes, Contacts contacts, Staff staff, Teams teams, Clocks clocks, WorkingDays workingDays, java.time.Clock clock) {
        this.notes = notes;
        this.allocations = allocations;
        this.decisions = decisions;
        this.supervisions = supervisions;
        this.authorisations = authorisations;
        this.contacts = contacts;
        this.staff = staff;
        this.teams = teams;
        this.clocks = clocks;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** One child's case as the demo built it. */
    private record Held(UUID childId, String team, String manager, StaffSummary worker, LocalDate from) {}

    /** Returns how many children's cases were allocated. */
    int generate(List<DemoContacts.Child> children, Random random, DemoShares.Share share) {
        LocalDate today = clocks.today();
        Map<UUID, DemoContacts.Child> byId = new HashMap<>();
        children.forEach(c -> byId.put(c.id(), c));
        Map<UUID, ReferralSummary> latest = new LinkedHashMap<>();
        as("manager", () -> contacts.referralsBetween(today.minusDays(365), today)).stream()
                .filter(r -> share.whole() || byId.containsKey(r.childId())).forEach(r -> latest.put(r.childId(), r));
        Map<String, List<StaffSummary>> workers = workers();
        if (workers.get("SFS1") == null || workers.get("CWD") == null) {
            return 0;
        }
        StaffSummary demoWorker = staff.findByUsername("social.worker").orElseThrow();
        Map<UUID, String> codes = new HashMap<>();
        teams.all().forEach(t -> codes.put(t.id(), t.code()));
        List<Held> held = new ArrayList<>();
        int forDemoWorker = 0;
        for (ReferralSummary referral : latest.values()) {
            if (referral.referralDate().isAfter(today.minusDays(RECENT_REFERRALS_LEFT_WAITING))) {
                continue;
            }
            DemoContacts.Child child = byId.get(referral.childId());
            boolean disabled = child != null && child.record().disabilities().stream().anyMatch(d -> !"NONE".equals(d));
            StaffSummary author = noteAuthor(referral.childId(), codes);
            String team = author != null ? codes.get(author.teamId())
                    : disabled && random.nextDouble() < 0.3 ? "CWD" : share.first() && forDemoWorker < 8 ? "SFS1" : "SFS" + (1 + random.nextInt(6));
            StaffSummary worker = author != null ? author : team.equals("SFS1") && share.first() && forDemoWorker < 8 ? demoWorker : pick(workers.get(team), random);
            if (worker == null) {
                continue;
            }
            LocalDate from = workday(referral.referralDate().plusDays(1 + random.nextInt(3)), today);
            String manager = manager(team);
            try {
                as(manager, () -> allocations.allocate(referral.childId(), 0, worker.id(), from,
                        "Allocated after the referral on " + referral.referralDate() + " (" + referral.route().label().toLowerCase() + ")"));
            } catch (RuntimeException restrictedOrRefused) {
                continue;
            }
            if (worker.id().equals(demoWorker.id())) {
                forDemoWorker++;
            }
            held.add(new Held(referral.childId(), team, manager, worker, from));
            if (disabled && !team.equals("CWD")) {
                StaffSummary coWorker = pick(workers.get("CWD"), random);
                LocalDate coFrom = workday(from.plusDays(2 + random.nextInt(8)), today);
                attempt("cwd.manager", () -> allocations.addCoWorker(referral.childId(), version("cwd.manager", referral.childId()), coWorker.id(), coFrom,
                        "The child's communication needs: the disability team co-works the enquiry"));
            }
            startVisits(referral.childId(), from, today, random);
        }
        if (share.first()) {
            waitingForAWorker(held, today, random);
            transfers(held, workers, today, random);
        }
        oversight(held, today, random, share.first() ? 6 : 0);
        log.info("Demo authority: {} children's cases allocated", held.size());
        return held.size();
    }

    /** The social worker who wrote the child's case notes, if any, so the demo's cases sit with the workers who visit them. */
    private StaffSummary noteAuthor(UUID childId, Map<UUID, String> codes) {
        return as("manager", () -> notes.authors(childId)).keySet().stream()
                .map(id -> staff.find(id).orElse(null))
                .filter(s -> s != null && s.active() && s.has(Role.SOCIAL_WORKER) && codes.containsKey(s.teamId())
                        && (codes.get(s.teamId()).startsWith("SFS") || codes.get(s.teamId()).equals("CWD")))
                .findFirst().orElse(null);
    }

    /** A child in need visiting clock (T10) from a recent visit, unless a visiting clock already runs for the child. */
    private void startVisits(UUID childId, LocalDate allocatedOn, LocalDate today, Random random) {
        boolean visiting = clocks.openFor(List.of(childId), today).stream().anyMatch(c -> c.ruleId().equals("T9") || c.ruleId().equals("T10"));
        if (visiting) {
            return;
        }
        LocalDate lastVisit = workday(today.minusDays(3 + random.nextInt(38)), today);
        LocalDate from = lastVisit.isBefore(allocatedOn) ? allocatedOn : lastVisit;
        as("manager", () -> clocks.start("T10", childId, "VISITS", childId, from));
    }

    private void waitingForAWorker(List<Held> held, LocalDate today, Random random) {
        int waiting = 0;
        for (Held h : held) {
            if (waiting == 2) {
                return;
            }
            if (!h.team().startsWith("SFS") || h.from().isAfter(today.minusDays(20)) || h.worker().username().equals("social.worker")) {
                continue;
            }
            LocalDate left = workday(today.minusDays(2 + random.nextInt(8)), today);
            if (attempt(h.manager(), () -> allocations.unallocate(h.childId(), version(h.manager(), h.childId()), left, "The worker left the authority"))) {
                waiting++;
            }
        }
    }

    private void transfers(List<Held> held, Map<String, List<StaffSummary>> workers, LocalDate today, Random random) {
        Held done = held.stream().filter(h -> h.team().equals("SFS3") && h.from().isBefore(today.minusDays(60))).findFirst().orElse(null);
        if (done != null) {
            LocalDate requested = workday(today.minusDays(40), today);
            TeamSummary sfs4 = team("SFS4");
            attempt(done.manager(), () -> {
                var t = allocations.requestTransfer(done.childId(), version(done.manager(), done.childId()), sfs4.id(), requested,
                        "The family moved into the south of the borough");
                as("sfs4.manager", () -> allocations.acceptTransfer(t.id(), version("sfs4.manager", done.childId()), pick(workers.get("SFS4"), random).id(),
                        workingDays.addWorkingDays(requested, 3), null, null));
            });
        }
        Held onTime = held.stream().filter(h -> h.team().equals("SFS1") && !h.worker().username().equals("social.worker")
                && h.from().isBefore(today.minusDays(14)) && allocated(h)).findFirst().orElse(null);
        if (onTime != null) {
            attempt("manager", () -> allocations.requestTransfer(onTime.childId(), version("manager", onTime.childId()), team("SFS2").id(),
                    backWorkingDays(today, 2), "The family's new address is in the area Safeguarding and Family Support 2 covers"));
        }
        Held late = held.stream().filter(h -> h.team().equals("SFS2") && h.from().isBefore(today.minusDays(30)) && allocated(h)).findFirst().orElse(null);
        if (late != null) {
            attempt("sfs2.manager", () -> allocations.requestTransfer(late.childId(), version("sfs2.manager", late.childId()), team("CWD").id(),
                    backWorkingDays(today, 8), "Assessment shows the child's needs arise from a severe learning disability"));
        }
    }

    private void oversight(List<Held> held, LocalDate today, Random random, int mostSignOffs) {
        int signOffs = 0;
        for (Held h : held) {
            double roll = random.nextDouble();
            if (roll < 0.35) {
                String[] d = DECISIONS[random.nextInt(DECISIONS.length)];
                LocalDateTime at = workday(h.from().plusDays(random.nextInt(10)), today).atTime(9 + random.nextInt(8), random.nextInt(60));
                LocalDateTime decidedAt = at.isAfter(LocalDateTime.now(clock)) ? null : at;
                attempt(h.manager(), () -> decisions.record(h.childId(), new ManagementDecisionRecord(decidedAt, d[0], d[1], d[2])));
            }
            if (roll > 0.7 && h.from().isBefore(today.minusDays(14))) {
                String[] s = SUPERVISION[random.nextInt(SUPERVISION.length)];
                LocalDate heldOn = workday(today.minusDays(3 + random.nextInt(25)), today);
                List<SupervisionRecord.Action> actions = new ArrayList<>();
                for (int i = 0; i < 1 + random.nextInt(2); i++) {
                    actions.add(new SupervisionRecord.Action(ACTIONS[random.nextInt(ACTIONS.length)][0], h.worker().id(),
                            heldOn.plusDays(7 + random.nextInt(14))));
                }
                attempt(h.manager(), () -> supervisions.record(h.childId(), new SupervisionRecord(heldOn, h.worker().id(), s[0], s[1], actions)));
            }
            if (signOffs < mostSignOffs && roll > 0.45 && roll < 0.6) {
                String[] item = SIGN_OFFS[signOffs % SIGN_OFFS.length];
                int n = signOffs;
                attempt(h.worker().username(), () -> {
                    AuthorisationSummary asked = authorisations.request(new AuthorisationRequest(h.childId(), item[0], UUID.randomUUID(), item[1],
                            "/children/" + h.childId(), null));
                    if (n == 4) {
                        as(h.manager(), () -> authorisations.decide(asked.id(), asked.version(), true, "Agreed: the analysis is clear."));
                    } else if (n == 5) {
                        as(h.manager(), () -> authorisations.decide(asked.id(), asked.version(), false,
                                "The child's own views are missing: see them alone and add what they said."));
                    }
                });
                signOffs++;
            }
        }
    }

    private boolean allocated(Held h) {
        CaseAllocation a = as(h.manager(), () -> allocations.open(h.childId()));
        return a.lead() != null && a.lead().workerId() != null && a.openTransfer() == null;
    }

    /** The allocation's version, as the manager about to change it reads it (a view of the record, audited as such). */
    private long version(String manager, UUID childId) {
        return as(manager, () -> allocations.open(childId)).version();
    }

    private Map<String, List<StaffSummary>> workers() {
        Map<UUID, String> codes = new HashMap<>();
        teams.all().forEach(t -> codes.put(t.id(), t.code()));
        Map<String, List<StaffSummary>> byTeam = new HashMap<>();
        for (StaffSummary s : staff.all()) {
            if (s.active() && s.has(Role.SOCIAL_WORKER) && s.teamId() != null) {
                byTeam.computeIfAbsent(codes.get(s.teamId()), k -> new ArrayList<>()).add(s);
            }
        }
        return byTeam;
    }

    private TeamSummary team(String code) {
        return teams.all().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static String manager(String team) {
        return team.equals("SFS1") ? "manager" : team.toLowerCase() + ".manager";
    }

    private static StaffSummary pick(List<StaffSummary> from, Random random) {
        return from == null || from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }

    /** The working day on or before {@code day}, never after today. */
    private LocalDate workday(LocalDate day, LocalDate today) {
        LocalDate d = day.isAfter(today) ? today : day;
        while (!workingDays.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private LocalDate backWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private boolean attempt(String username, Runnable work) {
        try {
            as(username, () -> {
                work.run();
                return null;
            });
            return true;
        } catch (RuntimeException refused) {
            log.debug("Demo casework step skipped: {}", refused.getMessage());
            return false;
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        StaffSummary who = staff.findByUsername(username).orElseThrow();
        Set<Role> roles = who.roles().isEmpty() ? EnumSet.of(Role.SOCIAL_WORKER) : who.roles();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
