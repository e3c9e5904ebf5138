package uk.org.beacon.identity;

import java.util.Set;
import java.util.UUID;

/** Read-only view of a member of staff, as other modules see them. */
public record StaffSummary(
        UUID id,
        String username,
        String displayName,
        String email,
        String jobTitle,
        String organisation,
        UUID teamId,
        Set<Role> roles,
        boolean active,
        Long version) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPartner() {
        return roles.contains(Role.PARTNER_LEAD_PROFESSIONAL) && roles.stream().noneMatch(r -> r != Role.PARTNER_LEAD_PROFESSIONAL);
    }

    public boolean readsChildRecords() {
        return roles.stream().anyMatch(Role::readsChildRecords);
    }

    public boolean editsChildRecords() {
        return roles.stream().anyMatch(Role::editsChildRecords);
    }
}
