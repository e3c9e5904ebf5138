package uk.org.beacon.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** A contact became a referral: the child's episode with children's social care starts (CIN census). */
public record ReferralAccepted(UUID referralId, UUID contactId, UUID childId, LocalDate referralDate, String referralSource,
        ScreeningDecision route, boolean reReferral) {}
