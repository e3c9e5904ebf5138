package uk.org.beacon.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** A referral as later stages see it: the start of the child's episode with children's social care. */
public record ReferralSummary(UUID id, UUID contactId, String contactReference, UUID childId, LocalDate referralDate, String referralSource,
        ScreeningDecision route, boolean reReferral) {}
