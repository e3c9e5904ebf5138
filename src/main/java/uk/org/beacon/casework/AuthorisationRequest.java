package uk.org.beacon.casework;

import java.util.UUID;

/**
 * An item from any module that needs a manager's sign-off: which child, what kind of item (a code
 * the requesting module owns, e.g. {@code "ASSESSMENT"}), its identifier, a one-line summary and the
 * page where it is read. {@code teamId} is the team whose manager signs off; empty means the team
 * holding the child's case, or else the requester's own team.
 */
public record AuthorisationRequest(UUID childId, String kind, UUID subjectId, String summary, String link, UUID teamId) {}
