package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;
import static uk.org.beacon.SignedIn.run;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.identity.AccessDecision;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.ClockState;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.RuleViolationException;

@RecordApplicationEvents
class TransfersIntegrationTest extends BeaconIntegrationTest {

    @Autowired Allocations allocations;
    @Autowired Clocks clocks;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired RecordAccess access;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEvents events;

    private final LocalDate today = LocalDate.now();

    @Test
    void theDisabilityTeamAcceptsATransferInTimeAndTheCaseItsHistoryAndTheFormerTeamsReadingAllStayWithTheChild() {
        UUID child = CaseworkTestData.child(people, "Tamsin", "Ellery", LocalDate.of(2013, 4, 4));
        StaffSummary sending = CaseworkTestData.staff(staff, "sfs1.worker1");
        StaffSummary receiving = CaseworkTestData.staff(staff, "cwd.worker2");
        as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, sending.id(), today.minusDays(20), "Child in need plan"));
        run("admin", "ADMINISTRATOR", () -> access.restrict(child, "High-profile family", Set.of()));
        CaseAllocation held = as("manager", "TEAM_MANAGER", () -> allocations.open(child));
        LocalDate requested = CaseworkTestData.workingDaysBefore(workingDays, today, 2);

        assertThatThrownBy(() -> run("cwd.manager", "TEAM_MANAGER", () -> allocations.requestTransfer(child, held.version(), sending.teamId(),
                        requested, "We would like the case")))
                .isInstanceOf(RuntimeException.class);
        TransferSummary transfer = as("manager", "TEAM_MANAGER", () -> allocations.requestTransfer(child, held.version(), receiving.teamId(),
                requested, "Assessment shows the child's needs arise from a severe learning disability"));

        assertThat(transfer.open()).isTrue();
        ClockSummary clock = clocks.find(transfer.clockId(), today);
        assertThat(clock.ruleId()).isEqualTo("L1");
        assertThat(clock.subjectType()).isEqualTo("TRANSFER");
        assertThat(clock.due()).isEqualTo(workingDays.addWorkingDays(requested, 5));
        CaseAllocation waiting = as("manager", "TEAM_MANAGER", () -> allocations.open(child));
        assertThat(as("cwd.manager", "TEAM_MANAGER", allocations::unallocated)).anySatisfy(u -> {
            assertThat(u.childId()).isEqualTo(child);
            assertThat(u.why()).isEqualTo(UnallocatedChild.Why.TRANSFER_IN);
        });
        assertThatThrownBy(() -> run("sfs2.manager", "TEAM_MANAGER", () -> allocations.acceptTransfer(transfer.id(), waiting.version(),
                        CaseworkTestData.staff(staff, "sfs2.worker1").id(), today, null, null)))
                .isInstanceOf(RuntimeException.class);

        TransferSummary accepted = as("cwd.manager", "TEAM_MANAGER", () -> allocations.acceptTransfer(transfer.id(), waiting.version(),
                receiving.id(), today, null, null));

        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(accepted.toWorkerName()).isEqualTo(receiving.displayName());
        assertThat(clocks.find(transfer.clockId(), today).state()).isEqualTo(ClockState.MET);
        CaseAllocation after = as("cwd.manager", "TEAM_MANAGER", () -> allocations.open(child));
        assertThat(after.lead().teamName()).isEqualTo("Children with Disabilities");
        assertThat(after.lead().transferId()).isEqualTo(transfer.id());
        assertThat(after.history()).hasSize(2);
        assertThat(after.history().get(1).endReason()).isEqualTo("Transferred to Children with Disabilities");
        assertThat(events.stream(CaseTransferred.class).filter(e -> e.transferId().equals(transfer.id()))).singleElement()
                .satisfies(e -> assertThat(e.toWorkerId()).isEqualTo(receiving.id()));

        AccessDecision formerWorker = as("sfs1.worker1", "SOCIAL_WORKER", () -> people.decide(child));
        assertThat(formerWorker.allowed()).isTrue();
        assertThat(formerWorker.mayEdit()).isFalse();
        assertThat(as("manager", "TEAM_MANAGER", () -> allocations.open(child)).history()).hasSize(2);
        assertThat(as("cwd.worker2", "SOCIAL_WORKER", () -> people.decide(child)).mayEdit()).isTrue();
        assertThat(as("sfs2.worker2", "SOCIAL_WORKER", () -> people.decide(child)).allowed()).isFalse();
    }

    @Test
    void aTransferAcceptedAfterItsFiveWorkingDaysNeedsTheReasonItWasLate() {
        UUID child = CaseworkTestData.child(people, "Cosmo", "Haverfield", LocalDate.of(2010, 10, 10));
        StaffSummary sending = CaseworkTestData.staff(staff, "sfs2.worker3");
        StaffSummary receiving = CaseworkTestData.staff(staff, "sfs3.worker3");
        CaseAllocation held = as("sfs2.manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, sending.id(), today.minusDays(40),
                "Allocated"));
        LocalDate requested = CaseworkTestData.workingDaysBefore(workingDays, today, 9);
        TransferSummary transfer = as("sfs2.manager", "TEAM_MANAGER", () -> allocations.requestTransfer(child, held.version(),
                receiving.teamId(), requested, "Family moved to the north of the borough"));
        long version = as("sfs3.manager", "TEAM_MANAGER", () -> allocations.open(child)).version();

        assertThatThrownBy(() -> run("sfs3.manager", "TEAM_MANAGER", () -> allocations.acceptTransfer(transfer.id(), version, receiving.id(),
                        today, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("lateReasonCode", "lateReasonText"));

        TransferSummary accepted = as("sfs3.manager", "TEAM_MANAGER", () -> allocations.acceptTransfer(transfer.id(), version, receiving.id(),
                today, "WORKER_CAPACITY", "Two workers off sick; no one to allocate until today"));

        assertThat(accepted.lateReasonCode()).isEqualTo("WORKER_CAPACITY");
        ClockSummary clock = clocks.find(transfer.clockId(), today);
        assertThat(clock.state()).isEqualTo(ClockState.MET_LATE);
        assertThat(clock.lateReasonText()).isEqualTo("Two workers off sick; no one to allocate until today");
        assertThat(clocks.find(transfer.clockId(), requested.plusDays(1)).state()).isEqualTo(ClockState.RUNNING);
    }
}
