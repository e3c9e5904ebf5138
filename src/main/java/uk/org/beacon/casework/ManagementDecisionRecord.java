package uk.org.beacon.casework;

import java.time.LocalDateTime;

/**
 * A management decision as the manager records it: {@code decidedAt} is when it was made (UK
 * time; empty means now), which may be earlier than when it is typed up.
 */
public record ManagementDecisionRecord(LocalDateTime decidedAt, String decision, String rationale, String nextSteps) {}
