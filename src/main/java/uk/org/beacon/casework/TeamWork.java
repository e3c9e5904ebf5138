package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.org.beacon.codes.Code;

/**
 * A team manager's view of every running clock of the team's children as at a day, sorted by days
 * remaining, with the workers and rules to filter by.
 */
public record TeamWork(LocalDate asAt, UUID teamId, String teamName, int children, List<WorklistClock> clocks, List<Code> workers,
        List<Code> rules, String worker, String rule, String sort) {

    public long overdue() {
        return clocks.stream().filter(c -> c.clock().late()).count();
    }
}
