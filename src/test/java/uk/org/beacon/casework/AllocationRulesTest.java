package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;

class AllocationRulesTest {

    private final UUID safeguarding = UUID.randomUUID();
    private final UUID disability = UUID.randomUUID();
    private final StaffSummary manager = staff("Morgan", safeguarding, Role.TEAM_MANAGER);
    private final StaffSummary worker = staff("Jordan", safeguarding, Role.SOCIAL_WORKER);
    private final StaffSummary disabilityWorker = staff("Dana", disability, Role.SOCIAL_WORKER);
    private final StaffSummary disabilityManager = staff("Drew", disability, Role.TEAM_MANAGER);

    private static StaffSummary staff(String name, UUID team, Role role) {
        return new StaffSummary(UUID.randomUUID(), name.toLowerCase(), name, null, null, null, team, Set.of(role), true, 0L);
    }

    private AllocationSummary lead(UUID team, StaffSummary w) {
        return new AllocationSummary(UUID.randomUUID(), UUID.randomUUID(), team, "Safeguarding 1", w == null ? null : w.id(), null, true,
                LocalDate.of(2026, 1, 5), null, "Allocated", manager.id(), null, null, null, null, null);
    }

    @Test
    void aManagerAllocatesAWorkerFromTheirOwnTeam() {
        Map<String, String> errors = new LinkedHashMap<>();
        AllocationRules.checkLeadWorker(manager, worker, null, null, List.of(), null, errors);
        assertThat(errors).isEmpty();
        AllocationRules.checkLeadWorker(manager, disabilityWorker, null, null, List.of(), null, errors);
        assertThat(errors).containsEntry("workerId", "Select a worker in your team");
    }

    @Test
    void anotherTeamCannotAllocateOverTheTeamHoldingTheCase() {
        Map<String, String> errors = new LinkedHashMap<>();
        AllocationRules.checkLeadWorker(disabilityManager, disabilityWorker, safeguarding, worker.id(), List.of(), "Safeguarding 1", errors);
        assertThat(errors.get("workerId")).startsWith("The case is held by Safeguarding 1");
    }

    @Test
    void theKeyWorkerIsNotAllocatedTwiceNorOverTheirOwnCoWorking() {
        Map<String, String> errors = new LinkedHashMap<>();
        AllocationRules.checkLeadWorker(manager, worker, safeguarding, worker.id(), List.of(), "Safeguarding 1", errors);
        assertThat(errors.get("workerId")).isEqualTo("Jordan is already the key worker");
        errors.clear();
        AllocationRules.checkLeadWorker(manager, worker, safeguarding, null, List.of(worker.id()), "Safeguarding 1", errors);
        assertThat(errors.get("workerId")).contains("end the co-working first");
    }

    @Test
    void aCoWorkerComesFromAnotherTeamAndIsAddedByTheirManagerOrTheHoldingTeamsManager() {
        Map<String, String> errors = new LinkedHashMap<>();
        AllocationRules.checkCoWorker(disabilityManager, disabilityWorker, lead(safeguarding, worker), List.of(), errors);
        AllocationRules.checkCoWorker(manager, disabilityWorker, lead(safeguarding, worker), List.of(), errors);
        assertThat(errors).isEmpty();
        AllocationRules.checkCoWorker(manager, worker, lead(safeguarding, worker), List.of(), errors);
        assertThat(errors.get("coWorkerId")).startsWith("A co-worker comes from another team");
        errors.clear();
        AllocationRules.checkCoWorker(manager, disabilityWorker, null, List.of(), errors);
        assertThat(errors.get("coWorkerId")).isEqualTo("Allocate a key worker before adding a co-worker");
        errors.clear();
        AllocationRules.checkCoWorker(disabilityManager, disabilityWorker, lead(safeguarding, worker), List.of(disabilityWorker.id()), errors);
        assertThat(errors.get("coWorkerId")).isEqualTo("Dana already co-works this case");
    }

    @Test
    void allocationDatesArePracticeDatesNeverInTheFutureNorBeforeThePeriodTheyFollow() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        Map<String, String> errors = new LinkedHashMap<>();
        AllocationRules.checkDate(today.plusDays(1), "allocatedOn", "the allocation", today, null, errors);
        assertThat(errors.get("allocatedOn")).isEqualTo("The date of the allocation must be today or in the past");
        errors.clear();
        AllocationRules.checkDate(LocalDate.of(2026, 1, 4), "allocatedOn", "the allocation", today, LocalDate.of(2026, 1, 5), errors);
        assertThat(errors.get("allocatedOn")).isEqualTo("The date of the allocation must be on or after 5 January 2026");
        errors.clear();
        AllocationRules.checkDate(null, "acceptedOn", "the acceptance", today, null, errors);
        assertThat(errors.get("acceptedOn")).isEqualTo("Enter the date of the acceptance");
    }

    @Test
    void onlySocialWorkersAndManagersHoldCases() {
        assertThat(AllocationRules.holdsCases(worker)).isTrue();
        assertThat(AllocationRules.holdsCases(manager)).isTrue();
        assertThat(AllocationRules.holdsCases(staff("Sam", safeguarding, Role.SCREENER))).isFalse();
        assertThat(AllocationRules.holdsCases(staff("Casey", safeguarding, Role.CP_CHAIR))).isFalse();
    }
}
