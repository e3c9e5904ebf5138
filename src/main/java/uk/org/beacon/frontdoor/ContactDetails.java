package uk.org.beacon.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact as the screener, the partner who made it and the API see it. */
public record ContactDetails(
        UUID id,
        String reference,
        Instant receivedAt,
        Channel channel,
        String referralSource,
        UUID childId,
        String childGivenName,
        String childFamilyName,
        LocalDate childDateOfBirth,
        String childPostcode,
        String childAddress,
        List<String> concerns,
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
        UUID submittedBy,
        String policeReference,
        String policeAssessment,
        boolean informationOnly,
        ContactStatus status,
        UUID screenerId,
        Instant screeningStartedAt,
        ScreeningDecision decision,
        String decisionRationale,
        UUID decidedBy,
        Instant decidedAt,
        UUID authorisedBy,
        Instant authorisedAt,
        String authorisationNote,
        String feedback,
        Instant feedbackAt,
        long version) {

    public String childName() {
        String n = ((childGivenName == null ? "" : childGivenName) + " " + (childFamilyName == null ? "" : childFamilyName)).trim();
        return n.isEmpty() ? "Child not named" : n;
    }

    public String referrerSummary() {
        return String.join(", ", java.util.stream.Stream.of(referrerName, referrerRole, referrerOrganisation, referrerPhone, referrerEmail)
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    static ContactDetails of(Contact c) {
        return new ContactDetails(c.id, c.reference, c.receivedAt, Channel.valueOf(c.channel), c.referralSource, c.childId,
                c.childGivenName, c.childFamilyName, c.childDateOfBirth, c.childPostcode, c.childAddress,
                c.concerns.stream().map(ContactConcern::code).sorted().toList(), c.concernSummary, c.householdNotes,
                Consent.valueOf(c.consent), c.consentNote, RequestType.valueOf(c.requestType), Urgency.valueOf(c.urgency),
                c.referrerName, c.referrerOrganisation, c.referrerRole, c.referrerPhone, c.referrerEmail, c.submittedBy,
                c.policeReference, c.policeAssessment, c.informationOnly, ContactStatus.valueOf(c.status), c.screenerId,
                c.screeningStartedAt, c.decision == null ? null : ScreeningDecision.valueOf(c.decision), c.decisionRationale,
                c.decidedBy, c.decidedAt, c.authorisedBy, c.authorisedAt, c.authorisationNote, c.feedback, c.feedbackAt, c.version);
    }
}
