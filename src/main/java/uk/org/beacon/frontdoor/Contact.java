package uk.org.beacon.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contact: someone got in touch about a child. It waits in the screening queue until a
 * screener decides what happens (T1a: one working day from receipt), unless the police graded it
 * as needing no council response, when it is filed as information (kept and counted, not
 * queued). A decision is recorded once, with its rationale and the feedback given to the
 * referrer; it is never overwritten.
 */
@Table(schema = "frontdoor", name = "contact")
class Contact {

    @Id
    UUID id;

    String reference;
    Instant receivedAt;
    String channel;
    String referralSource;
    UUID childId;
    String childGivenName;
    String childFamilyName;
    LocalDate childDateOfBirth;
    String childPostcode;
    String childAddress;
    String concernSummary;
    String householdNotes;
    String consent;
    String consentNote;
    String requestType;
    String urgency;
    String referrerName;
    String referrerOrganisation;
    String referrerRole;
    String referrerPhone;
    String referrerEmail;
    UUID submittedBy;
    String policeReference;
    String policeAssessment;
    boolean informationOnly;
    String status;
    UUID screenerId;
    Instant screeningStartedAt;
    String decision;
    String decisionRationale;
    UUID decidedBy;
    Instant decidedAt;
    UUID authorisedBy;
    Instant authorisedAt;
    String authorisationNote;
    String feedback;
    Instant feedbackAt;
    UUID recordedBy;
    Instant recordedAt;
    UUID importBatchId;
    String idempotencyKey;

    @Version
    Long version;

    @MappedCollection(idColumn = "contact")
    Set<ContactConcern> concerns = new HashSet<>();

    Contact() {}

    static Contact receive(String reference, ContactRecord r, UUID recordedBy, UUID submittedBy, Instant now) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.reference = reference;
        c.receivedAt = r.receivedAt() == null ? now : r.receivedAt();
        c.channel = r.channel().name();
        c.referralSource = r.referralSource();
        c.childId = r.childId();
        c.childGivenName = trim(r.childGivenName());
        c.childFamilyName = trim(r.childFamilyName());
        c.childDateOfBirth = r.childDateOfBirth();
        c.childPostcode = trim(r.childPostcode());
        c.childAddress = trim(r.childAddress());
        c.concernSummary = r.concernSummary().trim();
        c.householdNotes = trim(r.householdNotes());
        c.consent = r.consent().name();
        c.consentNote = trim(r.consentNote());
        c.requestType = r.requestType().name();
        c.urgency = r.urgency().name();
        c.referrerName = trim(r.referrerName());
        c.referrerOrganisation = trim(r.referrerOrganisation());
        c.referrerRole = trim(r.referrerRole());
        c.referrerPhone = trim(r.referrerPhone());
        c.referrerEmail = trim(r.referrerEmail());
        c.submittedBy = submittedBy;
        c.policeReference = trim(r.policeReference());
        c.policeAssessment = trim(r.policeAssessment());
        c.informationOnly = r.informationOnly();
        c.status = r.informationOnly() ? ContactStatus.FILED_AS_INFORMATION.name() : ContactStatus.AWAITING_SCREENING.name();
        c.recordedBy = recordedBy;
        c.recordedAt = now;
        c.concerns = r.concerns() == null ? new HashSet<>()
                : r.concerns().stream().map(ContactConcern::new).collect(Collectors.toCollection(HashSet::new));
        return c;
    }

    void claim(UUID screener, Instant now) {
        screenerId = screener;
        screeningStartedAt = now;
    }

    void identifyChild(UUID personId) {
        childId = personId;
    }

    void decide(ScreeningDecision d, String rationale, String feedbackToReferrer, UUID by, Instant now) {
        decision = d.name();
        decisionRationale = rationale.trim();
        decidedBy = by;
        decidedAt = now;
        status = ContactStatus.DECIDED.name();
        if (feedbackToReferrer != null && !feedbackToReferrer.isBlank()) {
            feedback = feedbackToReferrer.trim();
            feedbackAt = now;
        }
    }

    boolean decided() {
        return decision != null;
    }

    /** A screener's decision waits for a manager when the authority requires it; nothing follows from it until then. */
    void awaitAuthorisation() {
        status = ContactStatus.AWAITING_AUTHORISATION.name();
    }

    void authorise(UUID manager, String note, Instant now) {
        status = ContactStatus.DECIDED.name();
        authorisedBy = manager;
        authorisedAt = now;
        authorisationNote = note == null || note.isBlank() ? null : note.trim();
    }

    /** The manager sends the decision back: the contact returns to the queue (the returned decision stays in the audit trail). */
    void returnForScreening() {
        status = ContactStatus.AWAITING_SCREENING.name();
        decision = null;
        decisionRationale = null;
        decidedBy = null;
        decidedAt = null;
        feedback = null;
        feedbackAt = null;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
