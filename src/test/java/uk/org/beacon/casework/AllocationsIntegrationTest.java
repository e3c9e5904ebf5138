package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;
import static uk.org.beacon.SignedIn.run;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

@RecordApplicationEvents
class AllocationsIntegrationTest extends BeaconIntegrationTest {

    @Autowired Allocations allocations;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired RecordAccess access;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private final LocalDate today = LocalDate.now();

    @Test
    void aManagerAllocatesAKeyWorkerAndTheHistoryKeepsEveryPeriodWithWhoAndWhy() {
        UUID child = CaseworkTestData.child(people, "Wren", "Halloway", LocalDate.of(2017, 5, 1));
        StaffSummary jordan = CaseworkTestData.staff(staff, "social.worker");
        StaffSummary second = CaseworkTestData.staff(staff, "sfs1.worker1");

        CaseAllocation first = as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, jordan.id(), today.minusDays(10),
                "Assessment allocated after the strategy discussion"));
        CaseAllocation changed = as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, first.version(), second.id(), today.minusDays(3),
                "Jordan's caseload is full; continuity with the sibling's worker"));

        assertThat(changed.lead().workerId()).isEqualTo(second.id());
        assertThat(changed.lead().teamName()).isEqualTo("Safeguarding and Family Support 1");
        assertThat(changed.history()).hasSize(2);
        AllocationSummary ended = changed.history().get(1);
        assertThat(ended.workerId()).isEqualTo(jordan.id());
        assertThat(ended.allocatedFrom()).isEqualTo(today.minusDays(10));
        assertThat(ended.allocatedTo()).isEqualTo(today.minusDays(3));
        assertThat(ended.reason()).isEqualTo("Assessment allocated after the strategy discussion");
        assertThat(ended.allocatedByName()).isEqualTo("Morgan Manager");
        assertThat(ended.endReason()).contains(second.displayName());
        assertThat(events.stream(CaseAllocated.class).filter(e -> e.childId().equals(child))).hasSize(2)
                .allSatisfy(e -> assertThat(e.lead()).isTrue());
        assertThat(allocations.childrenAllocatedTo(jordan.id(), today.minusDays(5))).contains(child);
        assertThat(allocations.childrenAllocatedTo(jordan.id(), today)).doesNotContain(child);
    }

    @Test
    void oneKeyWorkerLeadsAtATimeAndAnotherTeamCannotAllocateOverTheHoldingTeam() {
        UUID child = CaseworkTestData.child(people, "Ivo", "Pellinore", LocalDate.of(2014, 8, 12));
        StaffSummary jordan = CaseworkTestData.staff(staff, "social.worker");
        StaffSummary elsewhere = CaseworkTestData.staff(staff, "sfs2.worker1");
        CaseAllocation held = as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, jordan.id(), today, "New referral allocated"));

        assertThatThrownBy(() -> run("sfs2.manager", "TEAM_MANAGER", () -> allocations.allocate(child, held.version(), elsewhere.id(), today,
                        "We know the family from before")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("workerId"))
                        .contains("held by Safeguarding and Family Support 1"));
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO casework.allocation (id, child_id, team_id, worker_id, lead, allocated_from, reason, allocated_by, recorded_at)
                        VALUES (gen_random_uuid(), :child, :team, :worker, TRUE, CURRENT_DATE, 'second lead', :worker, now())
                        """)
                .param("child", child).param("team", elsewhere.teamId()).param("worker", elsewhere.id()).update())
                .hasMessageContaining("allocation_one_lead_uk");
        assertThat(as("manager", "TEAM_MANAGER", () -> allocations.open(child)).history()).filteredOn(AllocationSummary::current).hasSize(1);
    }

    @Test
    void aDisabilityTeamWorkerCoWorksAlongsideTheSafeguardingLeadAndTheCoWorkingEndsOnTheRecord() {
        UUID child = CaseworkTestData.child(people, "Noor", "Abernethy", LocalDate.of(2012, 2, 29));
        StaffSummary lead = CaseworkTestData.staff(staff, "sfs1.worker2");
        StaffSummary disability = CaseworkTestData.staff(staff, "cwd.worker1");
        StaffSummary sameTeam = CaseworkTestData.staff(staff, "sfs1.worker3");
        CaseAllocation held = as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, lead.id(), today.minusDays(4),
                "Section 47 enquiry"));

        assertThatThrownBy(() -> run("manager", "TEAM_MANAGER", () -> allocations.addCoWorker(child, held.version(), sameTeam.id(), today,
                        "Second worker for joint visits")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("coWorkerId"));
        CaseAllocation coWorked = as("cwd.manager", "TEAM_MANAGER", () -> allocations.addCoWorker(child, held.version(), disability.id(),
                today.minusDays(2), "Communication needs: the disability team joins the enquiry"));

        assertThat(coWorked.lead().workerId()).isEqualTo(lead.id());
        assertThat(coWorked.coWorkers()).singleElement().satisfies(c -> {
            assertThat(c.workerId()).isEqualTo(disability.id());
            assertThat(c.teamName()).isEqualTo("Children with Disabilities");
        });
        assertThat(events.stream(CaseAllocated.class).filter(e -> e.childId().equals(child) && !e.lead())).hasSize(1);

        UUID coWorking = coWorked.coWorkers().get(0).id();
        CaseAllocation ended = as("cwd.manager", "TEAM_MANAGER", () -> allocations.endCoWorking(child, coWorked.version(), coWorking, today,
                "Enquiry concluded; plan held by the safeguarding team"));
        assertThat(ended.coWorkers()).isEmpty();
        assertThat(ended.history()).filteredOn(a -> a.id().equals(coWorking)).singleElement()
                .satisfies(a -> assertThat(a.allocatedTo()).isEqualTo(today));
    }

    @Test
    void twoManagersChangingTheSameAllocationDoNotOverwriteEachOther() {
        UUID child = CaseworkTestData.child(people, "Ottoline", "Varga", LocalDate.of(2019, 1, 3));
        StaffSummary a = CaseworkTestData.staff(staff, "sfs1.worker1");
        StaffSummary b = CaseworkTestData.staff(staff, "sfs1.worker2");
        CaseAllocation first = as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, a.id(), today, "First allocation"));

        assertThatThrownBy(() -> run("sfs1.manager", "TEAM_MANAGER", () -> allocations.allocate(child, first.version() - 1, b.id(), today,
                        "Reallocated from a stale page")))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.differences())
                        .anySatisfy(d -> assertThat(d.savedValue()).contains(a.displayName())));
    }

    @Test
    void aChildWhoseKeyWorkerLeavesWaitsOnTheTeamManagersUnallocatedList() {
        UUID child = CaseworkTestData.child(people, "Basil", "Thornbury", LocalDate.of(2016, 6, 6));
        StaffSummary worker = CaseworkTestData.staff(staff, "sfs1.worker4");
        CaseAllocation held = as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, worker.id(), today.minusDays(30), "Allocated"));
        as("manager", "TEAM_MANAGER", () -> allocations.unallocate(child, held.version(), today.minusDays(2), "Worker left the authority"));

        assertThat(as("manager", "TEAM_MANAGER", allocations::unallocated)).filteredOn(u -> u.childId().equals(child)).singleElement()
                .satisfies(u -> {
                    assertThat(u.why()).isEqualTo(UnallocatedChild.Why.HELD_BY_TEAM);
                    assertThat(u.daysWaiting()).isEqualTo(2);
                });
        assertThat(as("sfs2.manager", "TEAM_MANAGER", allocations::unallocated)).noneMatch(u -> u.childId().equals(child));
        assertThatThrownBy(() -> run("social.worker", "SOCIAL_WORKER", allocations::unallocated)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRestrictedRecordOpensToTheWorkerAllocatedToTheChild() {
        UUID child = CaseworkTestData.child(people, "Marisol", "Quennell", LocalDate.of(2011, 11, 11));
        StaffSummary worker = CaseworkTestData.staff(staff, "sfs1.worker3");
        run("manager", "TEAM_MANAGER", () -> access.restrict(child, "A member of staff is related to the family", java.util.Set.of()));
        assertThatThrownBy(() -> run("sfs1.worker3", "SOCIAL_WORKER", () -> people.open(child))).isInstanceOf(RestrictedRecordException.class);

        as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, worker.id(), today, "Allocated with the restriction in mind"));

        assertThat(as("sfs1.worker3", "SOCIAL_WORKER", () -> people.open(child)).restricted()).isTrue();
        assertThat(as("sfs1.worker3", "SOCIAL_WORKER", () -> people.decide(child)).mayEdit()).isTrue();
        assertThat(as("sfs1.worker3", "SOCIAL_WORKER", () -> access.hiddenAmong(java.util.List.of(child)))).isEmpty();
        assertThat(as("sfs2.worker1", "SOCIAL_WORKER", () -> access.hiddenAmong(java.util.List.of(child)))).containsExactly(child);
    }
}
