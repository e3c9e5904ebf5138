package uk.org.beacon.casework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A management decision on a child's record: what was decided, why, what happens next, by whom and when; finalised, with any appendments. */
public record ManagementDecisionSummary(UUID id, UUID childId, LocalDateTime decidedAt, String decision, String rationale, String nextSteps,
        UUID decidedBy, String decidedByName, Instant recordedAt, List<Appendment> appendments) {}
