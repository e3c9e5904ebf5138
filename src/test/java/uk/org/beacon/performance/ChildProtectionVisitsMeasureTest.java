package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.casework.CaseNoteContent;
import uk.org.beacon.casework.CaseNotes;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;

/**
 * Child protection visits at which the child was seen alone, for a fixed cohort: two children on
 * child protection plans (visiting clock T9) and one on a child in need plan (T10), with visits
 * seen alone or not, and a phone call that is no visit.
 */
class ChildProtectionVisitsMeasureTest extends MeasureIntegrationTest {

    @Autowired Teams teams;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired Clocks clocks;
    @Autowired CaseNotes caseNotes;
    @Autowired WorkingDays workingDays;

    @Test
    void theShareOfChildProtectionVisitsAtWhichTheChildWasSeenAloneCountsOnlyPlanVisits() {
        LocalDate today = scorecards.today();
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Seen alone team");
        UUID ada = PerformanceTestData.child(people, "Ada", "Tremayne");
        UUID ben = PerformanceTestData.child(people, "Ben", "Tremayne");
        UUID cal = PerformanceTestData.child(people, "Cal", "Penhallow");
        String manager = t.manager().username();
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(ada, 0, t.first().id(), today.minusDays(60), "Child protection plan"));
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(ben, 0, t.second().id(), today.minusDays(60), "Child protection plan"));
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(cal, 0, t.first().id(), today.minusDays(60), "Child in need plan"));
        LocalDate started = day(25);
        as(manager, "TEAM_MANAGER", () -> clocks.start("T9", ada, "VISITS", UUID.randomUUID(), started));
        as(manager, "TEAM_MANAGER", () -> clocks.start("T9", ben, "VISITS", UUID.randomUUID(), started));
        as(manager, "TEAM_MANAGER", () -> clocks.start("T10", cal, "VISITS", UUID.randomUUID(), started));

        visit(ada, day(20), true);
        visit(ada, day(12), false);
        phoneCall(ada, day(11));
        visit(ben, day(18), true);
        visit(cal, day(19), true);

        Measure seenAlone = read(() -> scorecards.measure("CP_VISITS_SEEN_ALONE").orElseThrow());
        MeasureResult team = read(() -> scorecards.result(seenAlone, Level.team(t.team().id()), today, PeriodType.ROLLING_12_MONTHS));
        assertThat(team.numerator()).isEqualTo(2);
        assertThat(team.denominator()).isEqualTo(3);
        assertThat(team.value()).isEqualByComparingTo("66.7");
        assertThat(team.rag()).isEqualTo(Rag.NONE);
        MeasureResult first = read(() -> scorecards.result(seenAlone, Level.worker(t.first().id()), today, PeriodType.ROLLING_12_MONTHS));
        assertThat(first.numerator() + "/" + first.denominator()).isEqualTo("1/2");
        MeasureResult second = read(() -> scorecards.result(seenAlone, Level.worker(t.second().id()), today, PeriodType.ROLLING_12_MONTHS));
        assertThat(second.numerator() + "/" + second.denominator()).isEqualTo("1/1");
        List<MeasureItem> visits = read(() -> scorecards.items(seenAlone, Level.team(t.team().id()), today, PeriodType.ROLLING_12_MONTHS, true));
        assertThat(visits).extracting(i -> i.childId() + " " + i.eventOn() + " " + i.category()).containsExactlyInAnyOrder(
                ada + " " + day(20) + " Seen alone", ada + " " + day(12) + " Not seen alone", ben + " " + day(18) + " Seen alone");
        assertThat(read(() -> scorecards.result(seenAlone, Level.team(t.team().id()), day(15), PeriodType.ROLLING_12_MONTHS)).denominator())
                .as("as at a day before Ada's second visit").isEqualTo(2);
    }

    private LocalDate day(int workingDaysAgo) {
        return PerformanceTestData.workingDaysBefore(workingDays, scorecards.today(), workingDaysAgo);
    }

    private void visit(UUID child, LocalDate on, boolean alone) {
        as("social.worker", "SOCIAL_WORKER", () -> caseNotes.record(child, new CaseNoteContent("HOME_VISIT", on.atTime(10, 0), "Home visit",
                "Saw the child at home; the plan's actions were talked through with mum.", true, alone, "I like my new school", false), null, null));
    }

    private void phoneCall(UUID child, LocalDate on) {
        as("social.worker", "SOCIAL_WORKER", () -> caseNotes.record(child, new CaseNoteContent("PHONE_CALL", on.atTime(11, 0), "Call with school",
                "The school says the child is settled.", false, false, null, false), null, null));
    }
}
