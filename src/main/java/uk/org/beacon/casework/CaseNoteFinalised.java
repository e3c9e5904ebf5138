package uk.org.beacon.casework;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A case note was finalised (it can no longer be edited, only appended to). {@code occurredAt} is the
 * practice time, apart from when it was typed up. Visits carry whether the child was seen and seen alone.
 */
public record CaseNoteFinalised(UUID noteId, UUID childId, String noteType, LocalDateTime occurredAt, boolean significant,
        boolean childSeen, boolean childSeenAlone, String title, String summary, UUID recordedBy) {}
