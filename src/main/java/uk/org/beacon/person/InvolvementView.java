package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.UUID;

/** A professional involved with the child: school, GP, health visitor and so on. */
public record InvolvementView(UUID id, String role, String organisation, String professionalName, String phone, String email,
        UUID staffId, LocalDate startedOn, LocalDate endedOn) {}
