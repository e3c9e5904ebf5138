package uk.org.beacon.frontdoor;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A contact about a child reached the front door, from any channel (recorded by staff, a partner's
 * referral form, the police import). {@code receivedAt} is the practice time in UK local time;
 * {@code source} says who made it and how. The child may not be known yet ({@code childId} null):
 * when the screener identifies them the event is published again for the same {@code contactId},
 * so a listener keeps one record per contact and follows it to the child.
 */
public record ContactReceived(UUID contactId, UUID childId, LocalDateTime receivedAt, String source, String summary) {}
