package uk.org.beacon.childprotection;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A strategy discussion or meeting was recorded for a child, at {@code heldAt}; {@code section47}
 * says whether it decided to start a section 47 enquiry.
 */
public record StrategyDiscussionHeld(UUID discussionId, UUID childId, UUID referralId, LocalDateTime heldAt, boolean meeting,
        boolean section47, String summary) {}
