package uk.org.beacon.identity;

import java.util.Set;
import java.util.UUID;

/** What an administrator enters about a member of staff. A blank password leaves it unchanged. */
public record StaffDetails(
        String username,
        String displayName,
        String email,
        String jobTitle,
        String organisation,
        UUID teamId,
        Set<Role> roles,
        String password,
        boolean active) {}
