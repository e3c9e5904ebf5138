package uk.org.beacon.casework;

import static uk.org.beacon.casework.CaseworkRoles.MANAGERS;
import static uk.org.beacon.casework.CaseworkRoles.STAFF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.codes.Code;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.TimescaleUnit;
import uk.org.beacon.timescales.Timescales;

/**
 * The worklists a worker lands on, all computed from the one timescale engine as at a day, so a
 * past day's list is reproduced: "my work" (the running clocks of the children allocated to me, by
 * how soon they fall due, and what awaits my sign-off) and, for a team manager, "my team" (every
 * running clock of the team's children, filterable by worker and rule, sorted by days remaining).
 */
@Service
public class Worklists {

    private final Allocations allocations;
    private final Authorisations authorisations;
    private final Clocks clocks;
    private final Timescales timescales;
    private final People people;
    private final Teams teams;
    private final CurrentStaff currentStaff;
    private final CaseworkDrafts drafts;

    Worklists(Allocations allocations, Authorisations authorisations, Clocks clocks, Timescales timescales, People people, Teams teams,
            CurrentStaff currentStaff, CaseworkDrafts drafts) {
        this.allocations = allocations;
        this.authorisations = authorisations;
        this.clocks = clocks;
        this.timescales = timescales;
        this.people = people;
        this.teams = teams;
        this.currentStaff = currentStaff;
        this.drafts = drafts;
    }

    /** The signed-in worker's own list as at a day. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public MyWork myWork(LocalDate asAt) {
        StaffSummary me = currentStaff.require();
        Set<UUID> children = allocations.childrenAllocatedTo(me.id(), asAt);
        List<WorklistClock> rows = rows(children, asAt);
        List<List<WorklistClock>> groups = WorklistRules.grouped(rows, WorklistClock::clock, asAt);
        List<AuthorisationSummary> toAuthorise = me.has(Role.TEAM_MANAGER) ? authorisations.awaiting(asAt) : List.of();
        return new MyWork(asAt, children.size(), groups.get(0), groups.get(1), groups.get(2), groups.get(3), toAuthorise,
                drafts.of(me.id()));
    }

    /**
     * Every running clock of the manager's team's children as at a day (cases the team holds or
     * co-works), optionally only one worker's children or one rule's clocks; sorted by days
     * remaining, fewest first ({@code "most"} for the reverse).
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public TeamWork myTeam(LocalDate asAt, UUID workerId, String ruleId, String sort) {
        StaffSummary me = currentStaff.require();
        TeamSummary team = teams.find(me.teamId()).orElse(null);
        List<AllocationSummary> teamAllocations = me.teamId() == null ? List.of() : allocations.teamAllocations(me.teamId(), asAt);
        Set<UUID> children = new HashSet<>();
        teamAllocations.forEach(a -> children.add(a.childId()));
        List<WorklistClock> all = rows(children, asAt);
        Map<UUID, Set<UUID>> workersOf = new HashMap<>();
        teamAllocations.forEach(a -> {
            if (a.workerId() != null) {
                workersOf.computeIfAbsent(a.childId(), k -> new HashSet<>()).add(a.workerId());
            }
        });
        Map<String, String> workerNames = new LinkedHashMap<>();
        teamAllocations.stream().filter(a -> a.workerId() != null).sorted(Comparator.comparing(AllocationSummary::workerName))
                .forEach(a -> workerNames.putIfAbsent(a.workerId().toString(), a.workerName()));
        Map<String, String> ruleNames = new LinkedHashMap<>();
        all.stream().map(WorklistClock::clock).sorted(Comparator.comparing(ClockSummary::ruleId))
                .forEach(c -> ruleNames.putIfAbsent(c.ruleId(), c.ruleId() + ": " + c.ruleTitle()));
        Comparator<WorklistClock> order = Comparator.comparing((WorklistClock r) -> r.clock().daysRemaining())
                .thenComparing(r -> r.clock().due()).thenComparing(WorklistClock::childName, Comparator.nullsLast(String::compareTo));
        List<WorklistClock> shown = all.stream()
                .filter(r -> workerId == null || workersOf.getOrDefault(r.childId(), Set.of()).contains(workerId))
                .filter(r -> ruleId == null || ruleId.isBlank() || r.clock().ruleId().equals(ruleId))
                .sorted("most".equals(sort) ? order.reversed() : order)
                .toList();
        return new TeamWork(asAt, team == null ? null : team.id(), team == null ? null : team.name(), children.size(), shown,
                codes(workerNames), codes(ruleNames), workerId == null ? null : workerId.toString(), ruleId, "most".equals(sort) ? "most" : "fewest");
    }

    /** Clock rows for these children as at a day, named as the reader may see them, with the key worker then. */
    List<WorklistClock> rows(Collection<UUID> children, LocalDate asAt) {
        if (children.isEmpty()) {
            return List.of();
        }
        List<ClockSummary> open = clocks.openFor(children, asAt);
        Map<UUID, PersonBrief> briefs = people.briefs(children);
        Map<UUID, AllocationSummary> leads = new HashMap<>();
        allocations.allocationsAsAt(children, asAt).stream().filter(AllocationSummary::lead).forEach(a -> leads.put(a.childId(), a));
        Map<String, Boolean> workingDays = new HashMap<>();
        List<WorklistClock> rows = new ArrayList<>();
        for (ClockSummary c : open) {
            PersonBrief child = briefs.get(c.childId());
            AllocationSummary lead = leads.get(c.childId());
            boolean working = workingDays.computeIfAbsent(c.ruleId(), r -> timescales.rule(r).unit() == TimescaleUnit.WORKING_DAYS);
            rows.add(new WorklistClock(c, c.childId(), child == null ? "Unknown" : child.name(), child != null && child.restricted(),
                    child != null && child.hidden(), lead == null ? null : lead.workerId(), lead == null ? null : lead.workerName(),
                    lead == null ? null : lead.teamName(), working));
        }
        return rows;
    }

    private static List<Code> codes(Map<String, String> labels) {
        return labels.entrySet().stream().filter(e -> e.getValue() != null).map(e -> new Code(e.getKey(), e.getValue(), false)).toList();
    }
}
