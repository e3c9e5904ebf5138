package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A member of the plan's core group: a name with agency or role, and the person or member of staff when known. */
public record CoreGroupMember(UUID id, String name, String agencyRole, UUID personId, UUID staffId, LocalDate addedOn) {}
