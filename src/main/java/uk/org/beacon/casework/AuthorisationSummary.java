package uk.org.beacon.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * An item awaiting (or given) a manager's sign-off, with its age in days as at the day asked about.
 * {@code source} says where it is decided: {@code "CASEWORK"} on the authorisations page, or
 * {@code "FRONT_DOOR"} for a screener's contact decision, agreed on the contact's own page.
 */
public record AuthorisationSummary(UUID id, UUID childId, String childName, String kind, UUID subjectId, String summary, String link,
        UUID teamId, String teamName, UUID requestedBy, String requestedByName, Instant requestedAt, String status, UUID decidedBy,
        String decidedByName, Instant decidedAt, String rationale, int ageInDays, String source, long version) {

    public boolean awaiting() {
        return "AWAITING".equals(status);
    }

    public boolean decidedHere() {
        return "CASEWORK".equals(source);
    }
}
