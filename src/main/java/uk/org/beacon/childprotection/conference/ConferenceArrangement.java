package uk.org.beacon.childprotection.conference;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The chair's arrangements for a conference: when (UK wall-clock time) and where, who chairs it, the
 * social work team presenting (for the quality figures), the family members invited (person ids from the
 * child's relationships), whether the child is invited (otherwise why not) and the agencies invited
 * ({@code agency} codes), each asked for a report.
 */
public record ConferenceArrangement(LocalDateTime scheduledFor, String venue, UUID chairId, UUID socialWorkTeamId, UUID socialWorkerId,
        List<UUID> familyInvited, boolean childInvited, String childNotInvitedReason, List<String> agencies) {}
