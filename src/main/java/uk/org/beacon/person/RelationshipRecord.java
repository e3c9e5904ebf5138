package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.UUID;

/** "{relative} is this person's {type}", e.g. the relative is the child's MOTHER. */
public record RelationshipRecord(UUID relativeId, String type, boolean parentalResponsibility, LocalDate startedOn) {}
