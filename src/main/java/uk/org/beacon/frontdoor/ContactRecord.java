package uk.org.beacon.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What is recorded when a contact arrives, by the pages, the partner form, the API and the police
 * import alike. The child may be identified ({@code childId}) or described as the referrer gave
 * them; the screener matches or creates the person later.
 */
public record ContactRecord(
        Instant receivedAt,
        Channel channel,
        String referralSource,
        UUID childId,
        String childGivenName,
        String childFamilyName,
        LocalDate childDateOfBirth,
        String childPostcode,
        String childAddress,
        Set<String> concerns,
        String concernSummary,
        String householdNotes,
        Consent consent,
        String consentNote,
        RequestType requestType,
        Urgency urgency,
        String referrerName,
        String referrerOrganisation,
        String referrerRole,
        String referrerPhone,
        String referrerEmail,
        String policeReference,
        String policeAssessment,
        boolean informationOnly) {}
