package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.ClockState;
import uk.org.beacon.timescales.Clocks;

class WorklistsIntegrationTest extends BeaconIntegrationTest {

    @Autowired Worklists worklists;
    @Autowired Allocations allocations;
    @Autowired Clocks clocks;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired WorkingDays workingDays;

    private final LocalDate today = LocalDate.now();

    @Test
    void myWorkShowsTheClocksOfMyChildrenAndReadsAPastDayAsItWasThen() {
        StaffSummary worker = CaseworkTestData.staff(staff, "sfs5.worker4");
        UUID child = CaseworkTestData.child(people, "Perpetua", "Olumide", LocalDate.of(2015, 9, 1));
        as("sfs5.manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, worker.id(), today.minusDays(60), "Child in need plan"));
        LocalDate visitsFrom = CaseworkTestData.workingDaysBefore(workingDays, today, 25);
        UUID visits = as("sfs5.manager", "TEAM_MANAGER", () -> clocks.start("T10", child, "VISITS", UUID.randomUUID(), visitsFrom));

        MyWork now = as("sfs5.worker4", "SOCIAL_WORKER", () -> worklists.myWork(today));
        assertThat(now.overdue()).anySatisfy(r -> {
            assertThat(r.clock().id()).isEqualTo(visits);
            assertThat(r.childName()).isEqualTo("Perpetua Olumide");
            assertThat(r.clock().daysLate()).isPositive();
            assertThat(r.when()).isEqualTo("Overdue by " + r.clock().daysLate() + " working day" + (r.clock().daysLate() == 1 ? "" : "s"));
            assertThat(r.workerName()).isEqualTo(worker.displayName());
        });

        LocalDate then = CaseworkTestData.workingDaysBefore(workingDays, clocks.find(visits, today).due(), 3);
        MyWork past = as("sfs5.worker4", "SOCIAL_WORKER", () -> worklists.myWork(then));
        assertThat(past.asAt()).isEqualTo(then);
        assertThat(past.overdue()).noneMatch(r -> r.clock().id().equals(visits));
        assertThat(past.dueThisWeek()).anySatisfy(r -> {
            assertThat(r.clock().id()).isEqualTo(visits);
            assertThat(r.clock().state()).isEqualTo(ClockState.RUNNING);
            assertThat(r.when()).isEqualTo("3 working days left");
        });

        MyWork beforeAllocation = as("sfs5.worker4", "SOCIAL_WORKER", () -> worklists.myWork(today.minusDays(61)));
        assertThat(beforeAllocation.overdue()).noneMatch(r -> r.childId().equals(child));
        assertThat(as("sfs5.worker3", "SOCIAL_WORKER", () -> worklists.myWork(today)).overdue()).noneMatch(r -> r.childId().equals(child));
    }

    @Test
    void myTeamListsEveryRunningClockOfTheTeamsChildrenFilteredByWorkerAndRuleAndSortedByDaysRemaining() {
        StaffSummary first = CaseworkTestData.staff(staff, "sfs6.worker1");
        StaffSummary second = CaseworkTestData.staff(staff, "sfs6.worker2");
        UUID a = CaseworkTestData.child(people, "Aurelio", "Penhaligon", LocalDate.of(2012, 3, 3));
        UUID b = CaseworkTestData.child(people, "Beatrix", "Penhaligon", LocalDate.of(2014, 3, 3));
        as("sfs6.manager", "TEAM_MANAGER", () -> allocations.allocate(a, 0, first.id(), today.minusDays(30), "Allocated"));
        as("sfs6.manager", "TEAM_MANAGER", () -> allocations.allocate(b, 0, second.id(), today.minusDays(30), "Allocated"));
        UUID soon = as("sfs6.manager", "TEAM_MANAGER", () -> clocks.start("T10", a, "VISITS", UUID.randomUUID(), CaseworkTestData.workingDaysBefore(workingDays, today, 18)));
        UUID later = as("sfs6.manager", "TEAM_MANAGER", () -> clocks.start("T10", b, "VISITS", UUID.randomUUID(), CaseworkTestData.workingDaysBefore(workingDays, today, 2)));
        UUID transfer = as("sfs6.manager", "TEAM_MANAGER", () -> clocks.start("L1", b, "TRANSFER", UUID.randomUUID(), today));

        TeamWork team = as("sfs6.manager", "TEAM_MANAGER", () -> worklists.myTeam(today, null, null, null));
        List<UUID> ids = team.clocks().stream().map(r -> r.clock().id()).filter(id -> List.of(soon, later, transfer).contains(id)).toList();
        assertThat(ids).containsExactly(soon, transfer, later);
        assertThat(team.workers()).extracting(c -> c.label()).contains(first.displayName(), second.displayName());

        TeamWork oneWorker = as("sfs6.manager", "TEAM_MANAGER", () -> worklists.myTeam(today, second.id(), null, null));
        assertThat(oneWorker.clocks()).extracting(r -> r.childId()).contains(b).doesNotContain(a);
        TeamWork oneRule = as("sfs6.manager", "TEAM_MANAGER", () -> worklists.myTeam(today, null, "T10", "most"));
        assertThat(oneRule.clocks()).allMatch(r -> r.clock().ruleId().equals("T10"));
        assertThat(oneRule.clocks().stream().map(r -> r.clock().id()).filter(id -> List.of(soon, later).contains(id)).toList())
                .containsExactly(later, soon);
        assertThat(as("sfs6.manager", "TEAM_MANAGER", () -> worklists.myTeam(today.minusDays(31), null, null, null)).clocks())
                .noneMatch(r -> r.childId().equals(a) || r.childId().equals(b));
    }
}
