package uk.org.beacon.identity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Staff workforce facts (FTE, agency or permanent, newly qualified, capacity override), kept by
 * administrators. They share the staff account's version, so an account edit and a workforce edit
 * made at once cannot overwrite each other.
 */
@Service
public class Workforce {

    private final JdbcClient jdbc;

    Workforce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public StaffWorkforce find(UUID staffId) {
        return jdbc.sql("SELECT id, fte, employment, newly_qualified, capacity_override, version FROM identity.staff_member WHERE id = :id")
                .param("id", staffId)
                .query((rs, n) -> new StaffWorkforce(rs.getObject(1, UUID.class), rs.getBigDecimal(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBigDecimal(5), rs.getLong(6)))
                .optional().orElseThrow(() -> new NotFoundException("No such member of staff"));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public StaffWorkforce update(UUID staffId, long expectedVersion, BigDecimal fte, String employment, boolean newlyQualified,
            BigDecimal capacityOverride) {
        StaffWorkforce before = find(staffId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0 || fte.scale() > 2) {
            errors.put("fte", "Enter the FTE as a number above 0 and up to 1, for example 0.6");
        }
        if (!List.of("PERMANENT", "AGENCY").contains(Objects.toString(employment, ""))) {
            errors.put("employment", "Select whether they are permanent or agency staff");
        }
        if (capacityOverride != null && (capacityOverride.signum() < 0 || capacityOverride.compareTo(BigDecimal.valueOf(9999)) > 0)) {
            errors.put("capacityOverride", "Enter the capacity as a number of weighted cases, for example 12, or leave it blank");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        int updated = jdbc.sql("""
                UPDATE identity.staff_member SET fte = :fte, employment = :employment, newly_qualified = :nq, capacity_override = :capacity,
                       version = version + 1
                 WHERE id = :id AND version = :version
                """).param("fte", fte).param("employment", employment).param("nq", newlyQualified).param("capacity", capacityOverride)
                .param("id", staffId).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new EditConflictException(List.of(new FieldDifference("fte", before.fte().toPlainString(), fte.toPlainString()),
                    new FieldDifference("employment", before.employment(), employment)), before.version());
        }
        return find(staffId);
    }
}
