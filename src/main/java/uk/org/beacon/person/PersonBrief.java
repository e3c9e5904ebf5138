package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Just enough to name a person in another module's list (a worklist, an allocation): a restricted
 * record the reader may not open is named "Restricted record", without date of birth.
 */
public record PersonBrief(UUID id, String kind, String name, LocalDate dateOfBirth, boolean restricted, boolean hidden) {}
