package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Two records in use that are likely to be the same person, for a manager to check and merge.
 * {@code first} is the older record, usually the one to keep.
 */
public record DuplicatePair(UUID first, UUID second, String firstName, String secondName, LocalDate dateOfBirth, List<String> reasons) {}
