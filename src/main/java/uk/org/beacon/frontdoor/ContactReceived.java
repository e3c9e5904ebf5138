package uk.org.beacon.frontdoor;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A contact about a child known to Beacon reached the front door, from any channel (recorded by
 * staff, a partner's referral form, the police import). {@code receivedAt} is the practice time in
 * UK local time; {@code source} says who made it and how. A contact that did not name a child on
 * Beacon is announced when the screener identifies the child; identifying another child announces
 * it again for the same {@code contactId}, so a listener keeps one record per contact and follows it.
 */
public record ContactReceived(UUID contactId, UUID childId, LocalDateTime receivedAt, String source, String summary) {}
