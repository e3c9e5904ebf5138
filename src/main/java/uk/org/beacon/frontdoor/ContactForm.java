package uk.org.beacon.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The record-a-contact and partner referral pages' fields, as typed. */
public class ContactForm {

    private String channel;
    private String referralSource;
    private String receivedDay;
    private String receivedMonth;
    private String receivedYear;
    private String receivedTime;
    private String childGivenName;
    private String childFamilyName;
    private String childDateOfBirthDay;
    private String childDateOfBirthMonth;
    private String childDateOfBirthYear;
    private String childAddress;
    private String childPostcode;
    private List<String> concerns = new ArrayList<>();
    private String concernSummary;
    private String householdNotes;
    private String consent;
    private String consentNote;
    private String requestType;
    private String urgency;
    private String referrerName;
    private String referrerOrganisation;
    private String referrerRole;
    private String referrerPhone;
    private String referrerEmail;

    ContactRecord toRecord(Instant now, Map<String, String> errors) {
        LocalDate dob = DateFields.read(childDateOfBirthDay, childDateOfBirthMonth, childDateOfBirthYear, "childDateOfBirth",
                "Date of birth", errors).orElse(null);
        Instant received = now;
        LocalDate day = DateFields.read(receivedDay, receivedMonth, receivedYear, "received", "Date of the contact", errors).orElse(null);
        if (day != null) {
            LocalTime time = LocalTime.NOON;
            if (receivedTime != null && !receivedTime.isBlank()) {
                try {
                    time = LocalTime.parse(receivedTime.trim().length() == 4 ? "0" + receivedTime.trim() : receivedTime.trim());
                } catch (DateTimeParseException e) {
                    errors.put("receivedTime", "Enter the time like 09:30 or 14:05");
                }
            }
            received = day.atTime(time).atZone(ContactRules.UK).toInstant();
        }
        return new ContactRecord(received, parse(Channel.class, channel), referralSource, null, childGivenName, childFamilyName, dob,
                childPostcode, childAddress, new LinkedHashSet<>(concerns == null ? List.of() : concerns), concernSummary, householdNotes,
                parse(Consent.class, consent), consentNote, parse(RequestType.class, requestType), parse(Urgency.class, urgency),
                referrerName, referrerOrganisation, referrerRole, referrerPhone, referrerEmail, null, null, false);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getReferralSource() { return referralSource; }
    public void setReferralSource(String v) { referralSource = v; }
    public String getReceivedDay() { return receivedDay; }
    public void setReceivedDay(String v) { receivedDay = v; }
    public String getReceivedMonth() { return receivedMonth; }
    public void setReceivedMonth(String v) { receivedMonth = v; }
    public String getReceivedYear() { return receivedYear; }
    public void setReceivedYear(String v) { receivedYear = v; }
    public String getReceivedTime() { return receivedTime; }
    public void setReceivedTime(String v) { receivedTime = v; }
    public String getChildGivenName() { return childGivenName; }
    public void setChildGivenName(String v) { childGivenName = v; }
    public String getChildFamilyName() { return childFamilyName; }
    public void setChildFamilyName(String v) { childFamilyName = v; }
    public String getChildDateOfBirthDay() { return childDateOfBirthDay; }
    public void setChildDateOfBirthDay(String v) { childDateOfBirthDay = v; }
    public String getChildDateOfBirthMonth() { return childDateOfBirthMonth; }
    public void setChildDateOfBirthMonth(String v) { childDateOfBirthMonth = v; }
    public String getChildDateOfBirthYear() { return childDateOfBirthYear; }
    public void setChildDateOfBirthYear(String v) { childDateOfBirthYear = v; }
    public String getChildAddress() { return childAddress; }
    public void setChildAddress(String v) { childAddress = v; }
    public String getChildPostcode() { return childPostcode; }
    public void setChildPostcode(String v) { childPostcode = v; }
    public List<String> getConcerns() { return concerns; }
    public void setConcerns(List<String> v) { concerns = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getConcernSummary() { return concernSummary; }
    public void setConcernSummary(String v) { concernSummary = v; }
    public String getHouseholdNotes() { return householdNotes; }
    public void setHouseholdNotes(String v) { householdNotes = v; }
    public String getConsent() { return consent; }
    public void setConsent(String v) { consent = v; }
    public String getConsentNote() { return consentNote; }
    public void setConsentNote(String v) { consentNote = v; }
    public String getRequestType() { return requestType; }
    public void setRequestType(String v) { requestType = v; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String v) { urgency = v; }
    public String getReferrerName() { return referrerName; }
    public void setReferrerName(String v) { referrerName = v; }
    public String getReferrerOrganisation() { return referrerOrganisation; }
    public void setReferrerOrganisation(String v) { referrerOrganisation = v; }
    public String getReferrerRole() { return referrerRole; }
    public void setReferrerRole(String v) { referrerRole = v; }
    public String getReferrerPhone() { return referrerPhone; }
    public void setReferrerPhone(String v) { referrerPhone = v; }
    public String getReferrerEmail() { return referrerEmail; }
    public void setReferrerEmail(String v) { referrerEmail = v; }
}
