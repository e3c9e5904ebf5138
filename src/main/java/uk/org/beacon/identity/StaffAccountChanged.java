package uk.org.beacon.identity;

import java.util.List;
import java.util.UUID;

/** A staff account was created or changed by an administrator (field names only, no values). */
public record StaffAccountChanged(UUID staffId, UUID changedBy, boolean created, List<String> fields) {}
