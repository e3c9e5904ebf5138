package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.UUID;

/** How another person is related to the person whose record is open (e.g. "Mother", "Half-sibling"). */
public record RelationshipView(UUID id, UUID relativeId, String relativeName, String relativeKind, LocalDate relativeDateOfBirth,
        String relationship, boolean parentalResponsibility, boolean sameAddress, LocalDate startedOn, LocalDate endedOn) {}
