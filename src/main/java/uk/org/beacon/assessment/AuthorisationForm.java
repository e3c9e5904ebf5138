package uk.org.beacon.assessment;

import java.time.LocalDate;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The manager's authorise form: the date, the rationale, and (only when late) why. Also carries a return comment. */
public class AuthorisationForm {

    private Long version;
    private String authorisedOnDay;
    private String authorisedOnMonth;
    private String authorisedOnYear;
    private String rationale;
    private String lateReasonCode;
    private String lateReasonText;
    private String comment;

    static AuthorisationForm today(LocalDate today, long version) {
        AuthorisationForm f = new AuthorisationForm();
        f.version = version;
        f.authorisedOnDay = String.valueOf(today.getDayOfMonth());
        f.authorisedOnMonth = String.valueOf(today.getMonthValue());
        f.authorisedOnYear = String.valueOf(today.getYear());
        return f;
    }

    LocalDate authorisedOn(Map<String, String> errors) {
        return DateFields.read(authorisedOnDay, authorisedOnMonth, authorisedOnYear, "authorisedOn", "The authorisation date", errors).orElse(null);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getAuthorisedOnDay() { return authorisedOnDay; }
    public void setAuthorisedOnDay(String v) { authorisedOnDay = v; }
    public String getAuthorisedOnMonth() { return authorisedOnMonth; }
    public void setAuthorisedOnMonth(String v) { authorisedOnMonth = v; }
    public String getAuthorisedOnYear() { return authorisedOnYear; }
    public void setAuthorisedOnYear(String v) { authorisedOnYear = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
    public String getLateReasonCode() { return lateReasonCode; }
    public void setLateReasonCode(String v) { lateReasonCode = v; }
    public String getLateReasonText() { return lateReasonText; }
    public void setLateReasonText(String v) { lateReasonText = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
}
