package uk.org.beacon.demodata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.org.beacon.childinneed.ChildInNeedPlanDetails;
import uk.org.beacon.childinneed.ChildInNeedPlans;
import uk.org.beacon.childinneed.EpisodeActivitySummary;
import uk.org.beacon.childinneed.EpisodeClosure;
import uk.org.beacon.childinneed.EpisodeSummary;
import uk.org.beacon.childinneed.Episodes;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The demo's episodes of need and child in need plans. Episodes open by themselves from the year's
 * referrals (children in need listens to the front door), so this first waits for event delivery.
 * Then, in the seed's order of children: for some whose episode is older than about two months and has
 * no open section 47 enquiry, a child in need plan with two or three outcomes and SMART actions, a
 * review once three months have passed, and for the oldest the plan ended; older episodes without a
 * plan closed (RC8 after a no-further-action assessment, RC9 with an accepted lead professional after a
 * step-down, otherwise RC7).
 */
@Component
class DemoChildInNeed {

    private static final Logger log = LoggerFactory.getLogger(DemoChildInNeed.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String[] NEEDS = {"N1", "N1", "N4", "N5", "N5", "N2", "N3", "N6", "N8"};

    /** Outcomes, each with actions: what, who, role, what will be different. */
    private static final String[][][] OUTCOMES = {
        {{"The child goes to school every day and on time"},
            {"Walk the child to the school gate by 8:45 each morning", "Parent", "Mother", "Attendance rises from 82% to 95% this term"},
            {"Phone the parent by 9:30 on any day the child is absent", "Ms Rana Okafor", "Attendance officer, school", "Every absence is explained the same day"}},
        {{"The child's home is clean, warm and has food in the cupboards"},
            {"Apply for the household support fund and a food bank voucher", "Social worker", "Children's social care", "The family has food for every meal this month"},
            {"Arrange a deep clean and a working heater through the landlord", "Mr Tom Evans", "Housing officer", "The child's bedroom is warm and free of damp"}},
        {{"The child's health needs are met"},
            {"Book and attend the hearing test at the audiology clinic", "Parent", "Father", "The child's hearing is tested and any aid fitted"},
            {"Register the child with a dentist and attend a check-up", "Ms Joy Adebayo", "Health visitor", "The child is registered and has been seen"}},
        {{"The child feels safe at home and can say so"},
            {"Complete six sessions of direct work on feelings and safety", "Social worker", "Children's social care", "The child names two adults they can tell when worried"},
            {"Attend the domestic abuse recovery programme every Tuesday for 10 weeks", "Parent", "Mother", "The parent completes the programme and the safety plan is in place"}},
    };

    private final Episodes episodes;
    private final ChildInNeedPlans cinPlans;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final People people;

    DemoChildInNeed(Episodes episodes, ChildInNeedPlans cinPlans, People people, JdbcClient jdbc, Clock clock) {
        this.episodes = episodes;
        this.people = people;
        this.cinPlans = cinPlans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Plans and closures for a share of the children with episodes; returns how many plans were started. */
    int generate(List<DemoContacts.Child> children, Random random) {
        return generate(children, random, false);
    }

    /**
     * As above. Following the national flow, every episode whose assessment concluded that the child needs a plan has one,
     * started within a fortnight of the assessment and ended after four to nine months (the episode closes then); an episode
     * whose assessment ended in no further action or early help closes a few weeks after it (RC8, RC9); an older episode
     * with nothing open otherwise closes more often than not (RC7).
     */
    int generate(List<DemoContacts.Child> children, Random random, boolean nationalFlow) {
        DemoEventDelivery.awaitAll(jdbc);
        if (nationalFlow) {
            return national(children, random);
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        int wantedPlans = Math.min(60, 4 + children.size() / 60);
        int plansStarted = 0;
        int closed = 0;
        for (DemoContacts.Child child : children) {
            Optional<EpisodeSummary> open = episodes.openFor(child.id());
            if (open.isEmpty()) {
                continue;
            }
            EpisodeSummary e = open.get();
            long age = today.toEpochDay() - e.referralDate().toEpochDay();
            if (age < 60 || e.hasOpenActivity("SECTION_47") || e.hasOpenActivity("ASSESSMENT")) {
                continue;
            }
            try {
                int pick = random.nextInt(10);
                if (plansStarted < wantedPlans && pick < 4 && !closeableAfterAssessment(e)) {
                    plan(e, today, random);
                    plansStarted++;
                } else if (age > 120 && pick >= 4) {
                    close(e, today, random);
                    closed++;
                }
            } catch (RestrictedRecordException | AccessDeniedException | RuleViolationException skipped) {
                log.debug("Demo authority: child in need demo skipped an episode: {}", skipped.getMessage());
            }
        }
        log.info("Demo authority: {} child in need plans started, {} episodes closed", plansStarted, closed);
        int completed = completeForTheCensus(children, random);
        log.info("Demo authority: primary need or disability recorded for {} referred children", completed);
        return plansStarted;
    }

    /**
     * What a worker records once a child is referred and the census asks for it: the primary need on every open episode
     * (CIN census 8610) and the child's disability, or "no disability" (8540). The register beyond referred children keeps
     * its gaps, which the data-quality pages show.
     */
    private int completeForTheCensus(List<DemoContacts.Child> children, Random random) {
        int completed = 0;
        for (DemoContacts.Child child : children) {
            try {
                Optional<EpisodeSummary> open = episodes.openFor(child.id());
                if (open.isPresent() && open.get().primaryNeed() == null) {
                    episodes.recordPrimaryNeed(open.get().id(), open.get().version(), NEEDS[random.nextInt(NEEDS.length)]);
                    completed++;
                }
                boolean referred = open.isPresent() || !episodes.forChild(child.id()).isEmpty();
                PersonDetails person = people.open(child.id());
                if (referred && person.disabilities().isEmpty() && !"UNBORN".equals(person.kind())) {
                    double d = random.nextDouble();
                    Set<String> disabilities = d < 0.06 ? Set.of(DISABILITIES[random.nextInt(DISABILITIES.length)])
                            : d < 0.09 ? Set.of("LD", "COMM") : d < 0.1 ? Set.of("AUT", "BEH") : Set.of("NONE");
                    PersonRecord record = person.toRecord();
                    people.update(child.id(), person.version(), DemoCensusFaults.with(record, record.ethnicity(), disabilities, record.dateOfBirth()));
                    completed++;
                }
            } catch (RestrictedRecordException | AccessDeniedException | RuleViolationException skipped) {
                log.debug("Demo authority: a referred child's census details were not completed: {}", skipped.getMessage());
            }
        }
        return completed;
    }

    private static final String[] DISABILITIES = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"};

    private int national(List<DemoContacts.Child> children, Random random) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        int plansStarted = 0;
        int closed = 0;
        for (DemoContacts.Child child : children) {
            Optional<EpisodeSummary> open = episodes.openFor(child.id());
            if (open.isEmpty()) {
                continue;
            }
            EpisodeSummary e = open.get();
            if (e.activity().stream().anyMatch(EpisodeActivitySummary::open)) {
                continue;
            }
            Optional<EpisodeActivitySummary> assessed = e.activity().stream().filter(a -> "ASSESSMENT".equals(a.kind())).reduce((a, b) -> b);
            boolean heavier = e.activity().stream().anyMatch(a -> !"ASSESSMENT".equals(a.kind()));
            long age = today.toEpochDay() - e.referralDate().toEpochDay();
            int pick = random.nextInt(10);
            try {
                if (assessed.isPresent() && !heavier && "CHILD_IN_NEED_PLAN".equals(assessed.get().outcome())) {
                    episodes.recordPrimaryNeed(e.id(), e.version(), NEEDS[random.nextInt(NEEDS.length)]);
                    LocalDate start = assessed.get().endedOn().plusDays(random.nextInt(14));
                    plan(e, start.isAfter(today) ? today : start, 4 + random.nextInt(6), today, random);
                    plansStarted++;
                } else if (assessed.isPresent() && !heavier && closeableAfterAssessment(e)) {
                    if (assessed.get().endedOn().isBefore(today.minusDays(5))) {
                        close(e, today, random);
                        closed++;
                    }
                } else if (age > 120 && pick >= 4) {
                    close(e, today, random);
                    closed++;
                }
            } catch (RestrictedRecordException | AccessDeniedException | RuleViolationException skipped) {
                log.debug("Demo authority: child in need demo skipped an episode: {}", skipped.getMessage());
            }
        }
        log.info("Demo authority: {} child in need plans started, {} episodes closed", plansStarted, closed);
        int completed = completeForTheCensus(children, random);
        log.info("Demo authority: primary need or disability recorded for {} referred children", completed);
        return plansStarted;
    }

    private void plan(EpisodeSummary e, LocalDate today, Random random) {
        episodes.recordPrimaryNeed(e.id(), e.version(), NEEDS[random.nextInt(NEEDS.length)]);
        plan(e, e.referralDate().plusDays(30 + random.nextInt(20)), 5, today, random);
    }

    /**
     * A child in need plan (the episode's primary need recorded first) from {@code from} (not after today), reviewed after three
     * months and ended after {@code months}.
     */
    private void plan(EpisodeSummary e, LocalDate from, int months, LocalDate today, Random random) {
        LocalDate start = from;
        if (start.isAfter(today)) {
            start = today;
        }
        ChildInNeedPlanDetails cin = cinPlans.start(e.childId(), start);
        PlanDetails plan = cin.plan();
        int outcomes = 2 + random.nextInt(2);
        int first = random.nextInt(OUTCOMES.length);
        for (int i = 0; i < outcomes; i++) {
            String[][] o = OUTCOMES[(first + i) % OUTCOMES.length];
            plan = cinPlans.addOutcome(cin.summary().id(), plan.version(), o[0][0]);
            var outcomeId = plan.outcomes().get(plan.outcomes().size() - 1).id();
            for (int a = 1; a < o.length; a++) {
                LocalDate due = today.plusWeeks(2 + random.nextInt(10));
                cinPlans.addAction(cin.summary().id(), outcomeId, plan.version(),
                        new PlanActionContent(o[a][0], o[a][1], o[a][2], null, o[a][3], due, false));
                plan = cinPlans.find(cin.summary().id()).plan();
            }
        }
        LocalDate review = start.plusMonths(3);
        ChildInNeedPlanDetails current = cinPlans.find(cin.summary().id());
        if (!review.isAfter(today)) {
            current = cinPlans.recordReview(cin.summary().id(), current.summary().version(), review,
                    "The plan was reviewed with the family and the school: attendance has improved; the actions continue with new dates.", null);
        }
        LocalDate end = start.plusMonths(months);
        if (!end.isAfter(today)) {
            cinPlans.end(cin.summary().id(), current.summary().version(), end, "NEEDS_MET", "The family now meets the child's needs");
            EpisodeSummary after = episodes.openFor(e.childId()).orElseThrow();
            episodes.close(after.id(), after.version(), new EpisodeClosure(end, "RC7", null, null, null, null));
        }
    }

    private static boolean closeableAfterAssessment(EpisodeSummary e) {
        return e.activity().stream().anyMatch(a -> "ASSESSMENT".equals(a.kind()) && !a.open()
                && ("NO_FURTHER_ACTION".equals(a.outcome()) || "STEP_DOWN_TO_EARLY_HELP".equals(a.outcome())));
    }

    private void close(EpisodeSummary e, LocalDate today, Random random) {
        LocalDate latest = e.activity().stream().map(a -> a.endedOn() != null ? a.endedOn() : a.startedOn()).max(LocalDate::compareTo)
                .orElse(e.referralDate());
        LocalDate on = latest.plusDays(5 + random.nextInt(30));
        if (on.isAfter(today)) {
            on = today;
        }
        String need = e.primaryNeed() != null ? null : NEEDS[random.nextInt(NEEDS.length)];
        Optional<EpisodeActivitySummary> assessed = e.activity().stream().filter(a -> "ASSESSMENT".equals(a.kind()) && !a.open()).reduce((a, b) -> b);
        boolean heavier = e.activity().stream().anyMatch(a -> !"ASSESSMENT".equals(a.kind()));
        if (assessed.isPresent() && !heavier && "STEP_DOWN_TO_EARLY_HELP".equals(assessed.get().outcome())) {
            String lead = e.leadProfessionalName() != null && !e.leadProfessionalName().startsWith("Not yet") ? e.leadProfessionalName() : "Ms Kim Hart";
            episodes.close(e.id(), e.version(), new EpisodeClosure(on, "RC9", need, lead, "Early Help North locality", on));
        } else if (assessed.isPresent() && !heavier && "NO_FURTHER_ACTION".equals(assessed.get().outcome())) {
            episodes.close(e.id(), e.version(), new EpisodeClosure(on, "RC8", need, null, null, null));
        } else if (!e.stepDownAgreed()) {
            episodes.close(e.id(), e.version(), new EpisodeClosure(on, "RC7", need, null, null, null));
        }
    }
}
