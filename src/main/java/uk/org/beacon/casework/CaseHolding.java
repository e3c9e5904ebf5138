package uk.org.beacon.casework;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.org.beacon.identity.CaseHolders;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;

/**
 * Answers record access's question from allocation: a worker holds the children allocated to them
 * (key worker or co-worker); a team manager holds the children whose case their team holds or
 * co-works, or has been asked to take by a transfer. Once the allocation has ended, the holding is
 * former: their history of the case stays readable.
 */
@Component
class CaseHolding implements CaseHolders {

    private final JdbcClient jdbc;

    CaseHolding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Holding> holdings(Collection<UUID> childIds, StaffSummary staff) {
        if (childIds.isEmpty() || staff == null) {
            return Map.of();
        }
        boolean manager = staff.has(Role.TEAM_MANAGER) && staff.teamId() != null;
        Map<UUID, Holding> result = new HashMap<>();
        List<Object[]> rows = jdbc.sql("""
                        SELECT child_id, bool_or(current) FROM (
                            SELECT child_id, allocated_to IS NULL AS current FROM casework.allocation
                            WHERE child_id IN (:children) AND (worker_id = :staff OR (:manager AND team_id = :team))
                            UNION ALL
                            SELECT child_id, TRUE FROM casework.transfer
                            WHERE child_id IN (:children) AND :manager AND to_team_id = :team AND status = 'REQUESTED'
                        ) held
                        GROUP BY child_id
                        """)
                .param("children", childIds).param("staff", staff.id()).param("manager", manager).param("team", staff.teamId() == null ? new UUID(0, 0) : staff.teamId())
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getBoolean(2)})
                .list();
        for (Object[] r : rows) {
            result.put((UUID) r[0], (Boolean) r[1] ? Holding.CURRENT : Holding.FORMER);
        }
        return result;
    }
}
