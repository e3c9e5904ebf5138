package uk.org.beacon.person;

import java.util.UUID;

/**
 * Two records were found to be the same person and merged: {@code mergedId} is kept as it was but
 * no longer used, and anything other modules hold against it should now point at {@code survivorId}.
 */
public record PeopleMerged(UUID survivorId, UUID mergedId, UUID mergeId) {}
