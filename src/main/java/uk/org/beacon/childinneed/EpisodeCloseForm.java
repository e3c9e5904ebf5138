package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The close-episode form: GOV.UK date inputs for the closure and the lead professional's acceptance. */
public class EpisodeCloseForm {

    private long version;
    private String closedOnDay;
    private String closedOnMonth;
    private String closedOnYear;
    private String closureReason;
    private String primaryNeed;
    private String leadProfessionalName;
    private String leadProfessionalAgency;
    private String leadProfessionalAcceptedOnDay;
    private String leadProfessionalAcceptedOnMonth;
    private String leadProfessionalAcceptedOnYear;

    EpisodeClosure toClosure(Map<String, String> errors) {
        LocalDate closedOn = DateFields.read(closedOnDay, closedOnMonth, closedOnYear, "closedOn", "The closure date", errors).orElse(null);
        LocalDate accepted = DateFields.read(leadProfessionalAcceptedOnDay, leadProfessionalAcceptedOnMonth, leadProfessionalAcceptedOnYear,
                "leadProfessionalAcceptedOn", "The date the lead professional accepted", errors).orElse(null);
        return new EpisodeClosure(closedOn, closureReason, primaryNeed, leadProfessionalName, leadProfessionalAgency, accepted);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getClosedOnDay() { return closedOnDay; }
    public void setClosedOnDay(String v) { this.closedOnDay = v; }
    public String getClosedOnMonth() { return closedOnMonth; }
    public void setClosedOnMonth(String v) { this.closedOnMonth = v; }
    public String getClosedOnYear() { return closedOnYear; }
    public void setClosedOnYear(String v) { this.closedOnYear = v; }
    public String getClosureReason() { return closureReason; }
    public void setClosureReason(String v) { this.closureReason = v; }
    public String getPrimaryNeed() { return primaryNeed; }
    public void setPrimaryNeed(String v) { this.primaryNeed = v; }
    public String getLeadProfessionalName() { return leadProfessionalName; }
    public void setLeadProfessionalName(String v) { this.leadProfessionalName = v; }
    public String getLeadProfessionalAgency() { return leadProfessionalAgency; }
    public void setLeadProfessionalAgency(String v) { this.leadProfessionalAgency = v; }
    public String getLeadProfessionalAcceptedOnDay() { return leadProfessionalAcceptedOnDay; }
    public void setLeadProfessionalAcceptedOnDay(String v) { this.leadProfessionalAcceptedOnDay = v; }
    public String getLeadProfessionalAcceptedOnMonth() { return leadProfessionalAcceptedOnMonth; }
    public void setLeadProfessionalAcceptedOnMonth(String v) { this.leadProfessionalAcceptedOnMonth = v; }
    public String getLeadProfessionalAcceptedOnYear() { return leadProfessionalAcceptedOnYear; }
    public void setLeadProfessionalAcceptedOnYear(String v) { this.leadProfessionalAcceptedOnYear = v; }
}
