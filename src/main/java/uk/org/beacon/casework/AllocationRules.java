package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;

/**
 * The rules of allocation, apart from the database so they can be read and tested on their own.
 * A team manager allocates within their own team; one key worker leads at a time and the case-holding
 * team does not change by allocation (that is a transfer); co-workers come from other teams; dates
 * are practice dates, never in the future and never before the period they follow.
 */
final class AllocationRules {

    private AllocationRules() {}

    /** Social workers and managers hold cases; screeners, chairs and read-only roles do not. */
    static boolean holdsCases(StaffSummary s) {
        return s.has(Role.SOCIAL_WORKER) || s.has(Role.TEAM_MANAGER);
    }

    static void checkDate(LocalDate on, String field, String what, LocalDate today, LocalDate notBefore, Map<String, String> errors) {
        if (on == null) {
            errors.putIfAbsent(field, "Enter the date of " + what);
        } else if (on.isAfter(today)) {
            errors.putIfAbsent(field, "The date of " + what + " must be today or in the past");
        } else if (notBefore != null && on.isBefore(notBefore)) {
            errors.putIfAbsent(field, "The date of " + what + " must be on or after " + notBefore.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
        }
    }

    static void checkReason(String reason, String field, String message, Map<String, String> errors) {
        if (reason == null || reason.trim().length() < 5) {
            errors.putIfAbsent(field, message);
        }
    }

    /**
     * A key worker: from the allocating manager's own team; from the case-holding team if a team
     * holds the case (moving it to another team is a transfer); not already leading or co-working.
     */
    static void checkLeadWorker(StaffSummary manager, StaffSummary worker, UUID holdingTeamId, UUID currentLeadId,
            Collection<UUID> coWorkerIds, String holdingTeamName, Map<String, String> errors) {
        if (holdingTeamId != null && !holdingTeamId.equals(manager.teamId())) {
            errors.putIfAbsent("workerId", "The case is held by " + holdingTeamName + ": only its manager allocates, or ask them to transfer the case");
        } else if (!Objects.equals(worker.teamId(), manager.teamId())) {
            errors.putIfAbsent("workerId", "Select a worker in your team");
        } else if (worker.id().equals(currentLeadId)) {
            errors.putIfAbsent("workerId", worker.displayName() + " is already the key worker");
        } else if (coWorkerIds.contains(worker.id())) {
            errors.putIfAbsent("workerId", worker.displayName() + " co-works this case: end the co-working first");
        }
    }

    /**
     * A co-worker: the case is held by a team; they come from another team; their own manager or the
     * case-holding team's manager adds them; once at a time.
     */
    static void checkCoWorker(StaffSummary manager, StaffSummary worker, AllocationSummary lead, Collection<UUID> coWorkerIds,
            Map<String, String> errors) {
        if (lead == null) {
            errors.putIfAbsent("coWorkerId", "Allocate a key worker before adding a co-worker");
        } else if (Objects.equals(worker.teamId(), lead.teamId())) {
            errors.putIfAbsent("coWorkerId", "A co-worker comes from another team than " + lead.teamName() + ", which holds the case");
        } else if (!Objects.equals(manager.teamId(), worker.teamId()) && !Objects.equals(manager.teamId(), lead.teamId())) {
            errors.putIfAbsent("coWorkerId", "Only the worker's own manager or a manager of " + lead.teamName() + " can add them");
        } else if (coWorkerIds.contains(worker.id())) {
            errors.putIfAbsent("coWorkerId", worker.displayName() + " already co-works this case");
        }
    }
}
