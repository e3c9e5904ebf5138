package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.UUID;

/** A professional to record as involved with a person. {@code staffId} links a partner's Beacon account. */
public record InvolvementRecord(String role, String organisation, String professionalName, String phone, String email, UUID staffId,
        LocalDate startedOn) {}
