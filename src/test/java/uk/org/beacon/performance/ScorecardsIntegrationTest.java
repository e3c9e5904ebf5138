package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;

class ScorecardsIntegrationTest extends MeasureIntegrationTest {

    @Autowired Teams teams;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired Clocks clocks;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcClient jdbc;
    @Autowired ScorecardWarmUp warmUp;

    @Test
    void aTeamsOverdueVisitsAndTimescalesMetAreCountedForTheTeamAndEachWorkerAndTheListAddsUpToTheFigure() {
        LocalDate today = scorecards.today();
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Scorecard team");
        UUID ada = PerformanceTestData.child(people, "Ada", "Quenby");
        UUID ben = PerformanceTestData.child(people, "Ben", "Quenby");
        UUID cal = PerformanceTestData.child(people, "Cal", "Rookwood");
        String manager = t.manager().username();
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(ada, 0, t.first().id(), today.minusDays(70), "Child in need plan"));
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(ben, 0, t.first().id(), today.minusDays(70), "Assessment"));
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(cal, 0, t.second().id(), today.minusDays(70), "Assessment"));

        // Ada's visits (T10, 20 working days) started 30 working days ago: overdue now, not yet due 15 working days ago.
        LocalDate visitsFrom = PerformanceTestData.workingDaysBefore(workingDays, today, 30);
        UUID visits = as(manager, "TEAM_MANAGER", () -> clocks.start("T10", ada, "VISITS", UUID.randomUUID(), visitsFrom));
        // Ben's assessment (T2, 45 working days) met late; Cal's met in time.
        LocalDate benStart = PerformanceTestData.workingDaysBefore(workingDays, today, 60);
        UUID benClock = as(manager, "TEAM_MANAGER", () -> clocks.start("T2", ben, "REFERRAL", UUID.randomUUID(), benStart));
        as(manager, "TEAM_MANAGER", () -> clocks.stop(benClock, PerformanceTestData.workingDaysBefore(workingDays, today, 5),
                new LateReason("FAMILY_UNAVAILABLE", "The family was away for three weeks")));
        LocalDate calStart = PerformanceTestData.workingDaysBefore(workingDays, today, 30);
        UUID calClock = as(manager, "TEAM_MANAGER", () -> clocks.start("T2", cal, "REFERRAL", UUID.randomUUID(), calStart));
        as(manager, "TEAM_MANAGER", () -> clocks.stop(calClock, PerformanceTestData.workingDaysBefore(workingDays, today, 10), null));

        Measure overdue = read(() -> scorecards.measure("CLOCKS_OVERDUE").orElseThrow());
        MeasureResult team = read(() -> scorecards.result(overdue, Level.team(t.team().id()), today, null));
        assertThat(team.numerator()).isEqualTo(1);
        assertThat(team.value()).isEqualByComparingTo("1");
        assertThat(team.trend()).hasSize(12);
        assertThat(team.trend().get(11).numerator()).isEqualTo(team.numerator());
        List<MeasureItem> items = read(() -> scorecards.items(overdue, Level.team(t.team().id()), today, null, false));
        assertThat(items).hasSize((int) team.numerator());
        assertThat(items.get(0).itemId()).isEqualTo(visits);
        assertThat(items.get(0).childName()).isEqualTo("Ada Quenby");
        assertThat(items.get(0).workerName()).isEqualTo(t.first().displayName());
        assertThat(read(() -> scorecards.result(overdue, Level.worker(t.first().id()), today, null)).numerator()).isEqualTo(1);
        assertThat(read(() -> scorecards.result(overdue, Level.worker(t.second().id()), today, null)).numerator()).isZero();
        assertThat(read(() -> scorecards.result(overdue, Level.child(ada), today, null)).numerator()).isEqualTo(1);
        MeasureResult authority = read(() -> scorecards.result(overdue, Level.authority(), today, null));
        assertThat(authority.numerator()).isGreaterThanOrEqualTo(1);
        assertThat(read(() -> scorecards.items(overdue, Level.authority(), today, null, false))).extracting(MeasureItem::itemId).contains(visits);

        LocalDate before = PerformanceTestData.workingDaysBefore(workingDays, today, 15);
        assertThat(read(() -> scorecards.result(overdue, Level.team(t.team().id()), before, null)).numerator()).isZero();

        Measure met = read(() -> scorecards.measure("CLOCKS_MET").orElseThrow());
        MeasureResult metTeam = read(() -> scorecards.result(met, Level.team(t.team().id()), today, PeriodType.ROLLING_12_MONTHS));
        assertThat(metTeam.numerator()).isEqualTo(1);
        assertThat(metTeam.denominator()).isEqualTo(2);
        assertThat(metTeam.value()).isEqualByComparingTo("50.0");
        assertThat(metTeam.rag()).isEqualTo(Rag.RED);
        assertThat(read(() -> scorecards.items(met, Level.team(t.team().id()), today, PeriodType.ROLLING_12_MONTHS, false)))
                .extracting(MeasureItem::itemId).containsExactly(calClock);
        assertThat(read(() -> scorecards.items(met, Level.team(t.team().id()), today, PeriodType.ROLLING_12_MONTHS, true)))
                .extracting(MeasureItem::itemId).containsExactlyInAnyOrder(calClock, benClock);
        Measure reasons = read(() -> scorecards.measure("CLOCKS_LATE_REASONS").orElseThrow());
        assertThat(read(() -> scorecards.breakdown(reasons, Level.team(t.team().id()), today, PeriodType.ROLLING_12_MONTHS)))
                .containsExactly(new CategoryCount("FAMILY_UNAVAILABLE", 1, 1));
    }

    @Test
    void theWarmUpComputesTheWholeBoardAsASeniorLeaderAndLeavesTheCallerAsItWas() {
        int onTheBoard = read(() -> scorecards.measures()).size();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(warmUp.run()).isEqualTo(onTheBoard).isPositive();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void theReportingViewGivesEveryClockTheDueDateTheTimescaleEngineGivesIt() {
        LocalDate today = scorecards.today();
        List<Map<String, Object>> rows = jdbc.sql("SELECT clock_id, due_on FROM reporting.clock ORDER BY clock_id LIMIT 400").query().listOfRows();
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            UUID id = (UUID) row.get("clock_id");
            ClockSummary engine = as("quality", "QUALITY_PERFORMANCE", () -> clocks.find(id, today));
            assertThat(((java.sql.Date) row.get("due_on")).toLocalDate()).as("clock %s", id).isEqualTo(engine.due());
        }
    }

    @Test
    void everyMeasureOnTheBoardScorecardComputesFromTheReportingViews() {
        List<MeasureResult> board = read(() -> scorecards.scorecard(Level.authority(), scorecards.today(), null));
        assertThat(board).isNotEmpty().allSatisfy(r -> assertThat(r.problem()).as(r.measure().id()).isNull());
        assertThat(board).extracting(r -> r.measure().id()).contains("FD_CONTACTS", "FD_DECIDED_IN_TIME", "FD_RE_REFERRALS", "AUTH_WAITING",
                "CLOCKS_OVERDUE", "T2_IN_TIME");
        MeasureResult contacts = board.stream().filter(r -> r.measure().id().equals("FD_CONTACTS")).findFirst().orElseThrow();
        assertThat(contacts.trend().stream().mapToLong(MeasureResult.TrendPoint::numerator).sum()).isPositive();
        // The board counts an authority's items without looking up whose they are; the lists behind
        // its figures, which name each item's team and worker, hold exactly as many items.
        assertThat(board).filteredOn(r -> r.measure().attribution() == Measure.Attribution.LEAD_ALLOCATION).isNotEmpty()
                .allSatisfy(r -> {
                    List<MeasureItem> all = read(() -> scorecards.items(r.measure(), Level.authority(), r.period().asAt(), null, true));
                    assertThat(all).as(r.measure().id()).hasSizeLessThan(Scorecards.ITEM_LIMIT);
                    assertThat(all.size()).as(r.measure().id()).isEqualTo(r.denominator());
                    assertThat(all.stream().filter(MeasureItem::inNumerator).count()).as(r.measure().id()).isEqualTo(r.numerator());
                });
    }
}
