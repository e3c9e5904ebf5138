package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.assessment.AssessmentTestData;
import uk.org.beacon.assessment.Assessments;
import uk.org.beacon.childinneed.ChildInNeedPlans;
import uk.org.beacon.childprotection.ChildProtectionTestData;
import uk.org.beacon.childprotection.Section47Enquiries;
import uk.org.beacon.childprotection.StrategyDiscussionDetails;
import uk.org.beacon.childprotection.StrategyDiscussions;
import uk.org.beacon.childprotection.plan.ChildProtectionPlans;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralAccepted;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.person.PersonTestData;
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
    @Autowired Contacts contacts;
    @Autowired Assessments assessments;
    @Autowired ChildInNeedPlans cinPlans;
    @Autowired ChildProtectionPlans cpPlans;
    @Autowired StrategyDiscussions discussions;
    @Autowired Section47Enquiries enquiries;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * A fixed cohort, one child for each kind of work, each at their own address except two siblings:
     * the weighted caseloads are counted by hand from the starting weights (allocated 1.0, child in
     * need casework 1.0, assessment 1.2, child in need plan 1.0, section 47 1.5, protection plan 1.5,
     * unborn 1.2, sibling group 1.2), the heaviest kind of each case counting once.
     */
    @Test
    void eachCaseWeighsAsItsHeaviestKindOfWorkFromThePracticeRecordsAndSiblingsCountOnlyWithTheSameWorker() {
        LocalDate today = scorecards.today();
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Workload team");
        jdbc.sql("UPDATE identity.staff_member SET capacity_override = 8 WHERE id = :id").param("id", t.first().id()).update();
        jdbc.sql("UPDATE identity.staff_member SET employment = 'AGENCY', fte = 0.5, newly_qualified = TRUE WHERE id = :id").param("id", t.second().id()).update();
        jdbc.sql("UPDATE identity.team SET vacancies_fte = 1.5 WHERE id = :id").param("id", t.team().id()).update();
        String home = "W" + UUID.randomUUID().toString().substring(0, 8);
        UUID ada = registered(PersonTestData.child("Ada", "Wexley", LocalDate.of(2016, 5, 4)), home + " 1 Ada Road");
        LocalDate referred = today.minusDays(10);
        ReferralSummary benReferral = AssessmentTestData.referredChild(people, contacts, "Ben", "Wexley", LocalDate.of(2015, 2, 3), referred);
        UUID ben = benReferral.childId();
        UUID cal = registered(PersonTestData.child("Cal", "Wexley", LocalDate.of(2014, 7, 8)), home + " 3 Cal Road");
        UUID dan = registered(PersonTestData.child("Dan", "Wexley", LocalDate.of(2013, 1, 9)), home + " 4 Dan Road");
        LocalDate born = LocalDate.of(2012, 3, 4);
        UUID eve = registered(PersonTestData.child("Eve", "Wexley", born), home + " 5 Eve Road");
        UUID fay = registered(new PersonRecord("UNBORN", null, null, "Wexley", null, List.of(), null, today.plusDays(60), "U", null, "WBRI", null, null,
                false, Set.of(), null, null, "UN6", null, null, null), home + " 6 Fay Road");
        UUID gus = registered(PersonTestData.child("Gus", "Ormsby", LocalDate.of(2017, 1, 1)), home + " 7 Shared Road");
        UUID hal = registered(PersonTestData.child("Hal", "Ormsby", LocalDate.of(2019, 1, 1)), home + " 7 Shared Road");
        UUID ivy = registered(PersonTestData.child("Ivy", "Ormsby", LocalDate.of(2020, 1, 1)), home + " 7 Shared Road");

        String manager = t.manager().username();
        LocalDate from = today.minusDays(20);
        for (UUID child : List.of(ada, ben, cal, dan, eve, fay, ivy)) {
            as(manager, "TEAM_MANAGER", () -> allocations.allocate(child, 0, t.first().id(), from, "Allocated"));
        }
        for (UUID child : List.of(gus, hal)) {
            as(manager, "TEAM_MANAGER", () -> allocations.allocate(child, 0, t.second().id(), from, "Allocated"));
        }
        awaitDelivery();
        as("social.worker", "SOCIAL_WORKER", () -> assessments.start(ben, benReferral.id(), referred.plusDays(1)));
        publish(new ReferralAccepted(UUID.randomUUID(), UUID.randomUUID(), cal, referred, "1B", ScreeningDecision.REFERRAL_FOR_ASSESSMENT, false));
        as("social.worker", "SOCIAL_WORKER", () -> cinPlans.start(cal, referred.plusDays(2)));
        as("chair", "CP_CHAIR", () -> cpPlans.start(UUID.randomUUID(), dan, null, referred.plusDays(3), "NEG"));
        LocalDateTime call = discussions.now().minusDays(3).withHour(9).withMinute(0);
        ChildProtectionTestData.referredForStrategyDiscussion(contacts, eve, "Eve", "Wexley", born, call);
        awaitDelivery();
        StrategyDiscussionDetails discussion = as("social.worker", "SOCIAL_WORKER",
                () -> discussions.record(eve, ChildProtectionTestData.jointSection47(call.plusHours(3))));
        as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(eve, discussion.id(), call.toLocalDate(), null));
        awaitDelivery();

        TeamLoad load = as(manager, "TEAM_MANAGER", () -> workloads.team(t.team().id(), today));
        WorkerLoad first = worker(load, t.first().id());
        WorkerLoad second = worker(load, t.second().id());
        assertThat(load.workers()).extracting(WorkerLoad::staffId).doesNotContain(t.manager().id());
        Map<UUID, WorkerLoad.CaseLoad> cases = first.caseList().stream().collect(Collectors.toMap(WorkerLoad.CaseLoad::childId, c -> c));
        assertThat(cases.get(ada).kinds()).containsExactly("Allocated case (any)");
        assertThat(cases.get(ben).kinds()).containsExactly("Allocated case (any)", "Child in need casework (no plan yet)", "Assessment in progress");
        assertThat(cases.get(ben).mainKind()).isEqualTo("Assessment in progress");
        assertThat(cases.get(cal).kinds()).containsExactly("Allocated case (any)", "Child in need plan");
        assertThat(cases.get(cal).mainKind()).isEqualTo("Child in need plan");
        assertThat(cases.get(dan).mainKind()).isEqualTo("Child protection plan");
        assertThat(cases.get(eve).kinds()).containsExactly("Allocated case (any)", "Child in need casework (no plan yet)", "Section 47 enquiry");
        assertThat(cases.get(fay).mainKind()).isEqualTo("Unborn baby");
        assertThat(cases.get(ivy).kinds()).as("Ivy's brothers are held by another worker").containsExactly("Allocated case (any)");
        assertThat(first.caseList()).extracting(c -> c.childId() + " " + c.weight().toPlainString()).containsExactlyInAnyOrder(
                ada + " 1.00", ben + " 1.20", cal + " 1.00", dan + " 1.50", eve + " 1.50", fay + " 1.20", ivy + " 1.00");
        assertThat(first.weighted()).isEqualByComparingTo("8.4");
        assertThat(first.capacity()).isEqualByComparingTo("8");
        assertThat(first.capacityOverridden()).isTrue();
        assertThat(first.overCapacity()).isTrue();
        assertThat(first.openCases()).as("Ben, Cal, Dan and Eve are open child in need or protection cases").isEqualTo(4);

        assertThat(second.caseList()).extracting(c -> c.mainKind() + " " + c.weight().toPlainString())
                .containsExactly("Sibling group 1.20", "Sibling group 1.20");
        assertThat(second.weighted()).isEqualByComparingTo("2.4");
        assertThat(second.capacity()).as("18 x 0.5 FTE x 0.8 newly qualified").isEqualByComparingTo("7.2");
        assertThat(second.overCapacity()).isFalse();
        assertThat(load.cases()).isEqualTo(9);
        assertThat(load.openCases()).isEqualTo(4);
        assertThat(load.openCasesPerWorker()).isEqualByComparingTo("2.0");
        assertThat(load.averageWeighted()).isEqualByComparingTo("5.4");
        assertThat(load.overCapacity()).isEqualTo(1);
        assertThat(load.agency()).isEqualTo(1);
        assertThat(load.permanent()).isEqualTo(1);
        assertThat(load.vacanciesFte()).isEqualByComparingTo("1.5");

        TeamLoad earlier = as(manager, "TEAM_MANAGER", () -> workloads.team(t.team().id(), referred.minusDays(1)));
        assertThat(worker(earlier, t.first().id()).weighted()).as("before the referrals only Fay (unborn) weighs more than 1")
                .isEqualByComparingTo("7.2");
        assertThat(worker(earlier, t.first().id()).openCases()).isZero();
        TeamLoad before = as(manager, "TEAM_MANAGER", () -> workloads.team(t.team().id(), from.minusDays(1)));
        assertThat(before.cases()).isZero();
    }

    @Test
    void aWeightOrSettingChangedTodayLeavesEarlierDaysWithTheOnesInForceThen() {
        LocalDate today = scorecards.today();
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Dated weights team");
        WorkloadWeight court = weight("COURT_PROCEEDINGS", today);
        BigDecimal before = court.weight();
        BigDecimal after = before.add(new BigDecimal("0.25"));
        as("quality", "QUALITY_PERFORMANCE", () -> workloads.changeWeight("COURT_PROCEEDINGS", court.version(), after, "Workload group review"));
        assertThat(weight("COURT_PROCEEDINGS", today).weight()).isEqualByComparingTo(after);
        assertThat(weight("COURT_PROCEEDINGS", today.minusDays(1)).weight()).isEqualByComparingTo(before);

        WorkloadSetting capacity = as("quality", "QUALITY_PERFORMANCE", () -> workloads.settingList()).stream()
                .filter(s -> s.key().equals(Workloads.FULL_TIME_CAPACITY)).findFirst().orElseThrow();
        assertThatThrownBy(() -> as("quality", "QUALITY_PERFORMANCE",
                () -> workloads.changeSetting(Workloads.FULL_TIME_CAPACITY, capacity.version(), BigDecimal.ZERO, " ")))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKeys("value", "reason"));
        WorkloadSetting raised = as("quality", "QUALITY_PERFORMANCE", () -> workloads.changeSetting(Workloads.FULL_TIME_CAPACITY,
                capacity.version(), capacity.value().add(BigDecimal.TEN), "Caseload promise to staff"));
        try {
            BigDecimal nowCapacity = worker(as(t.manager().username(), "TEAM_MANAGER", () -> workloads.team(t.team().id(), today)), t.first().id())
                    .capacity();
            BigDecimal thenCapacity = worker(as(t.manager().username(), "TEAM_MANAGER",
                    () -> workloads.team(t.team().id(), today.minusDays(1))), t.first().id()).capacity();
            assertThat(nowCapacity).isEqualByComparingTo(capacity.value().add(BigDecimal.TEN));
            assertThat(thenCapacity).isEqualByComparingTo(capacity.value());
            assertThat(as("quality", "QUALITY_PERFORMANCE", () -> workloads.changes())).first()
                    .satisfies(c -> assertThat(c.reason() + " from " + c.validFrom()).isEqualTo("Caseload promise to staff from " + today));
        } finally {
            as("quality", "QUALITY_PERFORMANCE", () -> workloads.changeSetting(Workloads.FULL_TIME_CAPACITY, raised.version(), capacity.value(),
                    "Test over: back to the setting before"));
        }
        assertThat(as("quality", "QUALITY_PERFORMANCE", () -> workloads.settingsAsAt(today)).get(Workloads.FULL_TIME_CAPACITY))
                .isEqualByComparingTo(capacity.value());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE subject_type = 'WORKLOAD_SETTING' AND reason = 'Caseload promise to staff'")
                .query(Long.class).single()).isPositive();
    }

    private WorkloadWeight weight(String kind, LocalDate asAt) {
        return as("quality", "QUALITY_PERFORMANCE", () -> workloads.weightsAsAt(asAt)).stream().filter(w -> w.kind().equals(kind)).findFirst()
                .orElseThrow();
    }

    private static WorkerLoad worker(TeamLoad load, UUID staffId) {
        return load.workers().stream().filter(x -> x.staffId().equals(staffId)).findFirst().orElseThrow();
    }

    private UUID registered(PersonRecord record, String line1) {
        return as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.withAddress(record, line1, "DM9 9ZZ")).id());
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        awaitDelivery();
    }

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc);
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
