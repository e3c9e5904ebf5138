package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A child's episode of need closed (CIN census {@code CINclosureDate}, {@code ReasonForClosure}). */
public record EpisodeClosed(UUID episodeId, UUID childId, LocalDate referralDate, LocalDate closedOn, String closureReason,
        String closureReasonLabel, String leadProfessional, UUID closedBy) {}
