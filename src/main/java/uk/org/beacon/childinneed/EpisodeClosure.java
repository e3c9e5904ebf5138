package uk.org.beacon.childinneed;

import java.time.LocalDate;

/**
 * Closing an episode: the date, the CIN reason for closure (RC1–RC9), the primary need if not yet
 * recorded, and, for RC9 or a step-down to early help, the named lead professional, their agency and
 * the date they accepted the case.
 */
public record EpisodeClosure(LocalDate closedOn, String closureReason, String primaryNeed, String leadProfessionalName,
        String leadProfessionalAgency, LocalDate leadProfessionalAcceptedOn) {}
