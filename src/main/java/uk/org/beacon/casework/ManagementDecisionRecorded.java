package uk.org.beacon.casework;

import java.time.LocalDateTime;
import java.util.UUID;

/** A manager recorded a decision on a child's record: what was decided, why, and what happens next. */
public record ManagementDecisionRecorded(UUID decisionId, UUID childId, LocalDateTime decidedAt, String decision, String rationale,
        String nextSteps, UUID decidedBy) {}
