package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.PinnedClock;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.childprotection.ChildProtectionTestData;
import uk.org.beacon.childprotection.Section47Details;
import uk.org.beacon.childprotection.Section47Enquiries;
import uk.org.beacon.childprotection.StrategyDiscussionDetails;
import uk.org.beacon.childprotection.StrategyDiscussions;
import uk.org.beacon.childprotection.conference.ConferenceArrangement;
import uk.org.beacon.childprotection.conference.ConferenceDecision;
import uk.org.beacon.childprotection.conference.ConferenceDetails;
import uk.org.beacon.childprotection.conference.ConferenceSummary;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanSummary;
import uk.org.beacon.childprotection.plan.ChildProtectionPlans;
import uk.org.beacon.childprotection.plan.ReviewDecision;
import uk.org.beacon.childprotection.plan.StepDown;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.LateReason;

/**
 * Child protection measures on fixed cohorts, counted by hand, with Beacon's clock pinned to Tuesday 31 March
 * 2026 (the last day of 2025-26): initial conferences within 15 working days of the strategy discussion
 * (ICPC_IN_TIME), section 47 enquiries that led to an initial conference (S47_TO_ICPC), and plans that were the
 * child's second or later (CPP_SECOND_EVER).
 */
class ChildProtectionMeasuresTest extends MeasureIntegrationTest {

    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
    private static final LocalDate BORN = LocalDate.of(2018, 6, 1);
    private static final LateReason LATE = new LateReason("FAMILY_UNAVAILABLE", "The review was rearranged when the family moved");

    @Autowired PinnedClock clock;
    @Autowired Teams teams;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired StrategyDiscussions discussions;
    @Autowired Section47Enquiries enquiries;
    @Autowired Conferences conferences;
    @Autowired ChildProtectionPlans cpPlans;
    @Autowired Allocations allocations;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcClient jdbc;

    /** One child's enquiry and, when one was held, its initial conference. */
    record Enquiry(UUID child, UUID enquiry, UUID conference) {}

    @Test
    void initialConferencesCountWorkingDaysFromTheStrategyDiscussionAndEnquiriesCountTheConferencesTheyLedTo() {
        clock.pin(AS_AT, LocalTime.of(17, 0));
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Child protection measures team");

        // Ada: discussion Mon 2 Feb 2026, enquiry concluded Mon 9 Feb, conference Mon 23 Feb = three whole weeks = 15 working
        // days: IN TIME (15 <= 15).
        Enquiry at15 = enquiry(t, "Ada", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 9), "SUBSTANTIATED_CONFERENCE_NEEDED",
                LocalDate.of(2026, 2, 23));
        // Ben: discussion Mon 2 Feb, concluded Mon 9 Feb, conference Tue 24 Feb = 16 working days: LATE.
        Enquiry at16 = enquiry(t, "Ben", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 9), "SUBSTANTIATED_CONFERENCE_NEEDED",
                LocalDate.of(2026, 2, 24));
        // Cal: discussion Mon 15 Dec 2025, concluded Fri 19 Dec, conference Wed 7 Jan 2026: 23 calendar days, 16 weekdays, but
        // 14 working days (16-19 Dec 4, 22-24 Dec 3, 29-31 Dec 3, 2 Jan 1, 5-7 Jan 3; 25, 26 Dec and 1 Jan are bank holidays):
        // IN TIME.
        Enquiry christmas = enquiry(t, "Cal", LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 19), "LIKELY_TO_SUFFER_HARM",
                LocalDate.of(2026, 1, 7));
        // Dot: discussion Mon 2 Mar, concluded Fri 6 Mar, not substantiated: no conference (an enquiry, but no ICPC).
        Enquiry noConference = enquiry(t, "Dot", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "NOT_SUBSTANTIATED", null);
        // Eve: discussion Mon 9 Mar, concluded Mon 16 Mar, conference needed but not yet held by 31 March.
        Enquiry notYetHeld = enquiry(t, "Eve", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16), "SUBSTANTIATED_CONFERENCE_NEEDED",
                null);

        assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 7))).isEqualTo(14);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 7))).isEqualTo(23);
        Level team = Level.team(t.team().id());

        // ICPC_IN_TIME over 2025-26 (team = the enquiry's lead team): Ada (15), Ben (16), Cal (14) held; in time Ada and Cal: 2/3 = 66.7%
        Measure icpc = measure("ICPC_IN_TIME");
        MeasureResult held = result(icpc, team, AS_AT);
        assertThat(held.numerator() + "/" + held.denominator()).isEqualTo("2/3");
        assertThat(held.value()).isEqualByComparingTo("66.7");
        List<MeasureItem> conferencesHeld = items(icpc, team, AS_AT, true);
        assertThat(conferencesHeld.stream().collect(Collectors.toMap(MeasureItem::itemId, i -> i.value().intValueExact())))
                .isEqualTo(Map.of(at15.conference(), 15, at16.conference(), 16, christmas.conference(), 14));
        assertThat(conferencesHeld.stream().collect(Collectors.toMap(MeasureItem::itemId, MeasureItem::category)))
                .isEqualTo(Map.of(at15.conference(), "In time", at16.conference(), "Late", christmas.conference(), "In time"));
        assertThat(items(icpc, team, AS_AT, false)).hasSize((int) held.numerator()).extracting(MeasureItem::itemId)
                .containsExactlyInAnyOrder(at15.conference(), christmas.conference());

        // S47_TO_ICPC: enquiries concluded in 2025-26: Ada, Ben, Cal, Dot, Eve = 5; led to an initial conference held by 31 March:
        // Ada, Ben, Cal = 3: 60.0%
        Measure s47 = measure("S47_TO_ICPC");
        MeasureResult enquired = result(s47, team, AS_AT);
        assertThat(enquired.numerator() + "/" + enquired.denominator()).isEqualTo("3/5");
        assertThat(enquired.value()).isEqualByComparingTo("60.0");
        assertThat(items(s47, team, AS_AT, true)).hasSize(5).extracting(MeasureItem::itemId).containsExactlyInAnyOrder(at15.enquiry(),
                at16.enquiry(), christmas.enquiry(), noConference.enquiry(), notYetHeld.enquiry());
        assertThat(items(s47, team, AS_AT, false)).hasSize(3).extracting(MeasureItem::itemId)
                .containsExactlyInAnyOrder(at15.enquiry(), at16.enquiry(), christmas.enquiry());

        // As at Monday 23 February 2026: Cal's and Ada's conferences held (both in time), Ben's (24 Feb) not yet: 2/2 = 100.0%;
        // enquiries concluded by then Ada, Ben, Cal = 3, of which Ada and Cal had led to a conference: 2/3 = 66.7%.
        LocalDate before = LocalDate.of(2026, 2, 23);
        MeasureResult heldThen = result(icpc, team, before);
        assertThat(heldThen.numerator() + "/" + heldThen.denominator()).isEqualTo("2/2");
        assertThat(heldThen.value()).isEqualByComparingTo("100.0");
        MeasureResult enquiredThen = result(s47, team, before);
        assertThat(enquiredThen.numerator() + "/" + enquiredThen.denominator()).isEqualTo("2/3");
        assertThat(items(s47, team, before, false)).extracting(MeasureItem::itemId)
                .containsExactlyInAnyOrder(at15.enquiry(), christmas.enquiry());
    }

    @Test
    void aPlanIsASecondOrLaterPlanWhenTheChildHadAnyPlanBeforeItHoweverLongAgo() {
        clock.pin(AS_AT, LocalTime.of(17, 0));
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Second plans team");
        UUID uma = child(t, "Uma", LocalDate.of(2025, 6, 2));
        UUID val = child(t, "Val", LocalDate.of(2022, 6, 6));
        UUID wyn = child(t, "Wyn", LocalDate.of(2025, 7, 1));
        // Uma: her first plan, started Mon 2 Jun 2025: IN, first.
        ChildProtectionPlanSummary uma1 = startPlan(uma, LocalDate.of(2025, 6, 2));
        // Val: a plan 6 Jun 2022 to 5 Dec 2022 (OUT: started in 2022-23, and more than two years before her next), then one started
        // Mon 2 Feb 2026: IN, SECOND (ever).
        ChildProtectionPlanSummary val1 = startPlan(val, LocalDate.of(2022, 6, 6));
        endPlan(val1, LocalDate.of(2022, 12, 5));
        ChildProtectionPlanSummary val2 = startPlan(val, LocalDate.of(2026, 2, 2));
        // Wyn: a plan Tue 1 Jul 2025 to Mon 5 Jan 2026 (IN, first) and another from Mon 2 Mar 2026 (IN, SECOND).
        ChildProtectionPlanSummary wyn1 = startPlan(wyn, LocalDate.of(2025, 7, 1));
        endPlan(wyn1, LocalDate.of(2026, 1, 5));
        ChildProtectionPlanSummary wyn2 = startPlan(wyn, LocalDate.of(2026, 3, 2));

        // CPP_SECOND_EVER over 2025-26 (team = the lead allocation): Uma's, Val's second, Wyn's first and second = 4; second or
        // later: Val's and Wyn's second = 2: 50.0%
        Level team = Level.team(t.team().id());
        Measure second = measure("CPP_SECOND_EVER");
        MeasureResult plans = result(second, team, AS_AT);
        assertThat(plans.numerator() + "/" + plans.denominator()).isEqualTo("2/4");
        assertThat(plans.value()).isEqualByComparingTo("50.0");
        assertThat(items(second, team, AS_AT, true)).hasSize(4).extracting(MeasureItem::itemId)
                .containsExactlyInAnyOrder(uma1.id(), val2.id(), wyn1.id(), wyn2.id());
        assertThat(items(second, team, AS_AT, false)).hasSize(2).extracting(MeasureItem::itemId)
                .containsExactlyInAnyOrder(val2.id(), wyn2.id());
        // As at Saturday 28 February 2026: Wyn's second had not started: 1 of 3 = 33.3%
        MeasureResult then = result(second, team, LocalDate.of(2026, 2, 28));
        assertThat(then.numerator() + "/" + then.denominator()).isEqualTo("1/3");
        assertThat(then.value()).isEqualByComparingTo("33.3");
    }

    private UUID child(PerformanceTestData.TestTeam t, String given, LocalDate allocatedFrom) {
        UUID child = PerformanceTestData.child(people, given, "Secondplan");
        as(t.manager().username(), "TEAM_MANAGER", () -> allocations.allocate(child, 0, t.first().id(), allocatedFrom, "Child protection plan"));
        return child;
    }

    private ChildProtectionPlanSummary startPlan(UUID child, LocalDate on) {
        return as("chair", "CP_CHAIR", () -> cpPlans.start(UUID.randomUUID(), child, null, on, "NEG"));
    }

    private void endPlan(ChildProtectionPlanSummary plan, LocalDate on) {
        as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), plan.version(), on, ReviewDecision.END, "Outcomes met", null,
                "Outcomes met", StepDown.NONE, null, null, LATE));
    }

    /**
     * A police call on {@code discussionDay} at 8am, a strategy discussion at 11am deciding a joint enquiry led by the team's
     * first worker, the outcome recorded as concluded on {@code concludedOn} and signed off by the team's manager; when
     * {@code heldOn} is given, the initial conference is held that day (no plan), with a late reason when T5 says it is late.
     */
    private Enquiry enquiry(PerformanceTestData.TestTeam t, String given, LocalDate discussionDay, LocalDate concludedOn, String outcome,
            LocalDate heldOn) {
        UUID child = ChildProtectionTestData.child(people, given, "Conference", BORN);
        ChildProtectionTestData.referredForStrategyDiscussion(contacts, child, given, "Conference", BORN, discussionDay.atTime(8, 0));
        String worker = t.first().username();
        StrategyDiscussionDetails discussion = as(worker, "SOCIAL_WORKER",
                () -> discussions.record(child, ChildProtectionTestData.jointSection47(discussionDay.atTime(11, 0))));
        Section47Details started = as(worker, "SOCIAL_WORKER", () -> enquiries.start(child, discussion.id(), discussionDay, t.first().id()));
        Section47Details opened = as(worker, "SOCIAL_WORKER", () -> enquiries.open(started.id()));
        Section47Details recorded = as(worker, "SOCIAL_WORKER", () -> enquiries.recordOutcome(started.id(), opened.version(), outcome,
                concludedOn, "The joint visit and the agency checks were weighed with the child's own account."));
        as(t.manager().username(), "TEAM_MANAGER", () -> enquiries.signOff(started.id(), recorded.version(),
                "Agreed: the findings support this outcome for the child."));
        awaitDelivery();
        if (heldOn == null) {
            return new Enquiry(child, started.id(), null);
        }
        ConferenceSummary toArrange = as("chair", "CP_CHAIR", () -> conferences.forChild(child)).get(0);
        UUID chair = staff.findByUsername("chair").orElseThrow().id();
        ConferenceDetails current = as("chair", "CP_CHAIR", () -> conferences.open(toArrange.id()));
        ConferenceDetails arranged = as("chair", "CP_CHAIR", () -> conferences.recordPastArrangements(toArrange.id(), current.version(),
                new ConferenceArrangement(heldOn.atTime(10, 0), "Civic Centre, room 2", chair, null, null, List.of(), false,
                        "Aged seven: her views gathered by her social worker", List.of("POLICE", "HEALTH_GP"))));
        boolean late = as("chair", "CP_CHAIR", () -> conferences.lateIfHeldOn(toArrange.id(), heldOn));
        as("chair", "CP_CHAIR", () -> conferences.recordDecision(toArrange.id(), arranged.version(), new ConferenceDecision(heldOn, false, null,
                "Concerns about physical care at home.", "Mother engages well with the school.",
                "The risks can be met by a child in need plan with the family's agreement.", null, null, null,
                late ? "FAMILY_UNAVAILABLE" : null, late ? "The family could not attend the first date offered" : null)));
        awaitDelivery();
        return new Enquiry(child, started.id(), toArrange.id());
    }

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc, Duration.ofSeconds(60));
    }
}
