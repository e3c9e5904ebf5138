package uk.org.beacon.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a merge did: which record was kept (the survivor) and which was merged into it, why, by
 * whom, what was moved across, and what a person still has to check ({@code toReview}: for
 * example an NHS number that only the merged record holds). Reversal details once reversed.
 * Names of restricted records the reader may not open are withheld.
 */
public record MergeSummary(UUID mergeId, UUID survivorId, UUID mergedId, String survivorName, String mergedName, String reason,
        UUID mergedBy, Instant mergedAt, int relationshipsMoved, int involvementsMoved, List<String> aliasesAdded, List<String> toReview,
        UUID reversedBy, Instant reversedAt, String reverseReason) {

    public boolean reversed() {
        return reversedAt != null;
    }
}
