package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.RuleViolationException;

class WorkloadIntegrationTest extends BeaconIntegrationTest {

    @Autowired Workloads workloads;
    @Autowired Scorecards scorecards;
    @Autowired Teams teams;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired Clocks clocks;
    @Autowired JdbcClient jdbc;
    @Autowired uk.org.beacon.identity.Workforce workforce;

    @Test
    void eachWorkersCasesAreWeightedByTheirHeaviestKindOfWorkAgainstTheirCapacityWithTheTeamsAveragesAndStaffMix() {
        LocalDate today = scorecards.today();
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Workload team");
        jdbc.sql("UPDATE identity.staff_member SET capacity_override = 3 WHERE id = :id").param("id", t.first().id()).update();
        jdbc.sql("UPDATE identity.staff_member SET employment = 'AGENCY', fte = 0.5, newly_qualified = TRUE WHERE id = :id").param("id", t.second().id()).update();
        jdbc.sql("UPDATE identity.team SET vacancies_fte = 1.5 WHERE id = :id").param("id", t.team().id()).update();
        UUID ada = PerformanceTestData.child(people, "Ada", "Wexley");
        UUID ben = PerformanceTestData.child(people, "Ben", "Wexley");
        UUID cal = PerformanceTestData.child(people, "Cal", "Wexley");
        UUID dan = PerformanceTestData.child(people, "Dan", "Ormsby");
        String manager = t.manager().username();
        LocalDate from = today.minusDays(20);
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(ada, 0, t.first().id(), from, "Child protection plan"));
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(ben, 0, t.first().id(), from, "Assessment"));
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(cal, 0, t.first().id(), from, "Allocated"));
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(dan, 0, t.second().id(), from, "Child in need plan"));
        as(manager, "TEAM_MANAGER", () -> clocks.start("T9", ada, "VISITS", UUID.randomUUID(), today.minusDays(3)));
        as(manager, "TEAM_MANAGER", () -> clocks.start("T2", ben, "REFERRAL", UUID.randomUUID(), today.minusDays(3)));
        as(manager, "TEAM_MANAGER", () -> clocks.start("T10", dan, "VISITS", UUID.randomUUID(), today.minusDays(3)));

        Map<String, BigDecimal> w = as("quality", "QUALITY_PERFORMANCE", () -> workloads.weights()).stream()
                .collect(Collectors.toMap(WorkloadWeight::kind, WorkloadWeight::weight));
        TeamLoad load = as(manager, "TEAM_MANAGER", () -> workloads.team(t.team().id(), today));

        WorkerLoad first = load.workers().stream().filter(x -> x.staffId().equals(t.first().id())).findFirst().orElseThrow();
        WorkerLoad second = load.workers().stream().filter(x -> x.staffId().equals(t.second().id())).findFirst().orElseThrow();
        assertThat(load.workers()).extracting(WorkerLoad::staffId).doesNotContain(t.manager().id());
        assertThat(first.cases()).isEqualTo(3);
        BigDecimal expectedFirst = w.get("CHILD_PROTECTION").max(w.get("ALLOCATED_CASE"))
                .add(w.get("ASSESSMENT").max(w.get("ALLOCATED_CASE"))).add(w.get("ALLOCATED_CASE"));
        assertThat(first.weighted()).isEqualByComparingTo(expectedFirst);
        assertThat(first.capacity()).isEqualByComparingTo("3");
        assertThat(first.capacityOverridden()).isTrue();
        assertThat(first.overCapacity()).isEqualTo(expectedFirst.compareTo(BigDecimal.valueOf(3)) > 0);
        assertThat(first.caseList()).extracting(WorkerLoad.CaseLoad::childId).containsExactlyInAnyOrder(ada, ben, cal);
        assertThat(second.cases()).isEqualTo(1);
        assertThat(second.capacity()).isEqualByComparingTo(WorkloadRules.capacity(as("quality", "QUALITY_PERFORMANCE", () -> workloads.settings())
                .get(Workloads.FULL_TIME_CAPACITY), new BigDecimal("0.5"), true, new BigDecimal("0.80")));
        assertThat(second.caseList().get(0).mainKind()).isEqualTo(w.get("CHILD_IN_NEED").compareTo(w.get("ALLOCATED_CASE")) > 0 ? "Child in need plan" : "Allocated case (any)");
        assertThat(load.openCasesPerWorker()).isEqualByComparingTo("2.0");
        assertThat(load.agency()).isEqualTo(1);
        assertThat(load.permanent()).isEqualTo(1);
        assertThat(load.vacanciesFte()).isEqualByComparingTo("1.5");

        TeamLoad before = as(manager, "TEAM_MANAGER", () -> workloads.team(t.team().id(), from.minusDays(1)));
        assertThat(before.cases()).isZero();
    }

    @Test
    void anAdministratorRecordsAWorkersWorkforceDetailsAndTheirCapacityFollows() throws Exception {
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Workforce team");
        long version = as("admin", "ADMINISTRATOR", () -> workforce.find(t.first().id())).version();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/staff/" + t.first().id() + "/workforce")
                        .param("version", String.valueOf(version)).param("fte", "1.5").param("employment", "AGENCY")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMINISTRATOR"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Enter the FTE as a number above 0 and up to 1")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/staff/" + t.first().id() + "/workforce")
                        .param("version", String.valueOf(version)).param("fte", "0.6").param("employment", "AGENCY").param("newlyQualified", "yes")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMINISTRATOR"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        uk.org.beacon.identity.StaffWorkforce saved = as("admin", "ADMINISTRATOR", () -> workforce.find(t.first().id()));
        assertThat(saved.fte()).isEqualByComparingTo("0.6");
        assertThat(saved.employment()).isEqualTo("AGENCY");
        assertThat(saved.newlyQualified()).isTrue();
        assertThat(saved.version()).isEqualTo(version + 1);
        WorkerLoad first = as(t.manager().username(), "TEAM_MANAGER", () -> workloads.team(t.team().id(), scorecards.today())).workers().stream()
                .filter(x -> x.staffId().equals(t.first().id())).findFirst().orElseThrow();
        assertThat(first.employment()).isEqualTo("AGENCY");
        assertThat(first.capacity()).isEqualByComparingTo(WorkloadRules.capacity(as("quality", "QUALITY_PERFORMANCE", () -> workloads.settings())
                .get(Workloads.FULL_TIME_CAPACITY), new BigDecimal("0.6"), true, new BigDecimal("0.80")));
    }

    @Test
    void aQualityOfficerChangesAWeightWithAReasonAndAManagerMayNot() {
        WorkloadWeight unborn = as("quality", "QUALITY_PERFORMANCE", () -> workloads.weights()).stream().filter(x -> x.kind().equals("SIBLING_GROUP"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> as("quality", "QUALITY_PERFORMANCE", () -> workloads.changeWeight("SIBLING_GROUP", unborn.version(), new BigDecimal("11"), "")))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKeys("weight", "reason"));
        assertThatThrownBy(() -> as("manager", "TEAM_MANAGER", () -> workloads.changeWeight("SIBLING_GROUP", unborn.version(), BigDecimal.ONE, "Why")))
                .isInstanceOf(AccessDeniedException.class);
        WorkloadWeight changed = as("quality", "QUALITY_PERFORMANCE",
                () -> workloads.changeWeight("SIBLING_GROUP", unborn.version(), unborn.weight(), "Reviewed by the workload group: unchanged"));
        assertThat(changed.version()).isEqualTo(unborn.version() + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE subject_type = 'WORKLOAD_WEIGHT' AND subject_id = :id").param("id", unborn.id())
                .query(Long.class).single()).isPositive();
    }
}
