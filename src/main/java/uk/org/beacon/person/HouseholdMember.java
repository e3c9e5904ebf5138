package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.UUID;

/** Someone living at the same address now, whether or not a relationship is recorded. */
public record HouseholdMember(UUID personId, String name, String kind, LocalDate dateOfBirth, LocalDate movedIn, boolean restricted) {}
