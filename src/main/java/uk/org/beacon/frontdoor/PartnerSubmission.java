package uk.org.beacon.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A partner's own contact as they see it: reference, child, and what was decided and when. */
public record PartnerSubmission(UUID id, String reference, Instant receivedAt, String childName, String status, String decision,
        Instant decidedAt, String feedback) {}
