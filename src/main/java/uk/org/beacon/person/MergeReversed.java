package uk.org.beacon.person;

import java.util.UUID;

/**
 * A merge was undone: {@code mergedId} is a record in use again, and whatever other modules moved
 * to {@code survivorId} because of {@link PeopleMerged} should be put back.
 */
public record MergeReversed(UUID survivorId, UUID mergedId, UUID mergeId) {}
