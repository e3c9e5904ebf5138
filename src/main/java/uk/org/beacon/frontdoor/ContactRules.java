package uk.org.beacon.frontdoor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.person.Postcode;

/**
 * Checks every contact passes, however it arrives (page, partner form, API, police file). Each
 * problem is a message keyed by its field. A contact must identify a child (a matched person or
 * at least a name), cannot describe a child born after the contact, and must say why consent was
 * not sought or was refused.
 */
final class ContactRules {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private ContactRules() {}

    static Map<String, String> check(ContactRecord r, Codes codes, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.channel() == null) {
            errors.put("channel", "Select how the contact was made");
        }
        if (r.referralSource() == null || r.referralSource().isBlank()) {
            errors.put("referralSource", "Select who made the contact (referral source)");
        } else if (!codes.referralSource().isActive(r.referralSource())) {
            errors.put("referralSource", "'" + r.referralSource() + "' is not a referral source code: use the CIN census codes, like 2A for a school or 6 for the police");
        }
        LocalDate contactDate = r.receivedAt() == null ? today : r.receivedAt().atZone(UK).toLocalDate();
        if (contactDate.isAfter(today)) {
            errors.put("receivedAt", "The date of the contact must be today or in the past");
        }
        boolean named = !blank(r.childGivenName()) || !blank(r.childFamilyName());
        if (r.childId() == null && !named) {
            errors.put("childFamilyName", "Identify the child: choose a matched person or give at least the child's name");
        }
        if (r.childDateOfBirth() != null && r.childDateOfBirth().isAfter(contactDate.plusMonths(10))) {
            errors.put("childDateOfBirth", "The child's date of birth cannot be after the date of the contact (for an unborn child, give the expected date within 10 months)");
        }
        if (!blank(r.childPostcode())) {
            Postcode.problem(r.childPostcode()).ifPresent(p -> errors.put("childPostcode", p));
        }
        if (r.concerns() != null) {
            for (String c : r.concerns()) {
                if (!codes.contactConcern().isActive(c)) {
                    errors.put("concerns", "Select the concerns from the list");
                }
            }
        }
        if (blank(r.concernSummary())) {
            errors.put("concernSummary", "Describe the concern in the referrer's words");
        } else if (r.concernSummary().length() > 8000) {
            errors.put("concernSummary", "The description must be 8,000 characters or fewer: attach longer documents instead");
        }
        if (r.consent() == null) {
            errors.put("consent", "Select whether the family consented to the contact");
        } else if (r.consent() != Consent.GIVEN && blank(r.consentNote())) {
            errors.put("consentNote", r.consent() == Consent.REFUSED ? "Record what the family said when they refused consent"
                    : "Explain why consent was not sought (for example, seeking it would put the child at risk)");
        }
        if (r.requestType() == null) {
            errors.put("requestType", "Select whether this is a consultation or a request for a service");
        }
        if (r.urgency() == null) {
            errors.put("urgency", "Select how urgent this is");
        }
        if (r.channel() != null && r.channel() != Channel.ANONYMOUS && blank(r.referrerName()) && blank(r.referrerOrganisation())) {
            errors.put("referrerName", "Enter who made the contact, or record it as anonymous");
        }
        if (!blank(r.referrerEmail()) && !r.referrerEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("referrerEmail", "Enter an email address in the correct format, like name@example.org");
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
