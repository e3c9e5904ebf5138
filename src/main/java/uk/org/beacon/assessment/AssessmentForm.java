package uk.org.beacon.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.org.beacon.web.DateFields;

/** The assessment page's fields as typed: the assessment's id and version, then each section. */
public class AssessmentForm {

    private UUID assessmentId;
    private Long version;
    private String childSeenOnDay;
    private String childSeenOnMonth;
    private String childSeenOnYear;
    private String childSeenAloneOnDay;
    private String childSeenAloneOnMonth;
    private String childSeenAloneOnYear;
    private String childNotSeenReason;
    private String childsViews;
    private String familyViews;
    private String risks;
    private String protectiveFactors;
    private String historyConsidered;
    private String identityNeeds;
    private String analysis;
    private String nextSteps;
    private List<String> factors = new ArrayList<>();
    private String outcome;
    private String leadProfessionalName;
    private String leadProfessionalAgency;
    private String thirdPartyInformation;

    static AssessmentForm of(AssessmentDetails d) {
        AssessmentForm f = new AssessmentForm();
        AssessmentContent c = d.content();
        f.assessmentId = d.id();
        f.version = d.version();
        f.setChildSeenOn(c.childSeenOn());
        f.setChildSeenAloneOn(c.childSeenAloneOn());
        f.childNotSeenReason = c.childNotSeenReason();
        f.childsViews = c.childsViews();
        f.familyViews = c.familyViews();
        f.risks = c.risks();
        f.protectiveFactors = c.protectiveFactors();
        f.historyConsidered = c.historyConsidered();
        f.identityNeeds = c.identityNeeds();
        f.analysis = c.analysis();
        f.nextSteps = c.nextSteps();
        f.factors = new ArrayList<>(c.factors());
        f.outcome = c.outcome() == null ? null : c.outcome().name();
        f.leadProfessionalName = c.leadProfessionalName();
        f.leadProfessionalAgency = c.leadProfessionalAgency();
        f.thirdPartyInformation = c.thirdPartyInformation();
        return f;
    }

    private void setChildSeenOn(LocalDate d) {
        childSeenOnDay = d == null ? null : String.valueOf(d.getDayOfMonth());
        childSeenOnMonth = d == null ? null : String.valueOf(d.getMonthValue());
        childSeenOnYear = d == null ? null : String.valueOf(d.getYear());
    }

    private void setChildSeenAloneOn(LocalDate d) {
        childSeenAloneOnDay = d == null ? null : String.valueOf(d.getDayOfMonth());
        childSeenAloneOnMonth = d == null ? null : String.valueOf(d.getMonthValue());
        childSeenAloneOnYear = d == null ? null : String.valueOf(d.getYear());
    }

    /** What was typed as content; a date that cannot be read or an unknown outcome is left out, with its message in {@code errors}. */
    AssessmentContent toContent(Map<String, String> errors) {
        LocalDate seen = DateFields.read(childSeenOnDay, childSeenOnMonth, childSeenOnYear, "childSeenOn", "The date the child was seen", errors)
                .orElse(null);
        LocalDate alone = DateFields.read(childSeenAloneOnDay, childSeenAloneOnMonth, childSeenAloneOnYear, "childSeenAloneOn",
                "The date the child was seen alone", errors).orElse(null);
        AssessmentOutcome o = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                o = AssessmentOutcome.valueOf(outcome);
            } catch (IllegalArgumentException e) {
                errors.put("outcome", "Select one of the outcomes");
            }
        }
        return new AssessmentContent(seen, alone, childNotSeenReason, childsViews, familyViews, risks, protectiveFactors, historyConsidered,
                identityNeeds, analysis, nextSteps, factors, o, leadProfessionalName, leadProfessionalAgency, thirdPartyInformation);
    }

    boolean nothingWritten() {
        return toContent(new java.util.HashMap<>()).normalised().equals(AssessmentContent.empty());
    }

    public UUID getAssessmentId() { return assessmentId; }
    public void setAssessmentId(UUID v) { assessmentId = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getChildSeenOnDay() { return childSeenOnDay; }
    public void setChildSeenOnDay(String v) { childSeenOnDay = v; }
    public String getChildSeenOnMonth() { return childSeenOnMonth; }
    public void setChildSeenOnMonth(String v) { childSeenOnMonth = v; }
    public String getChildSeenOnYear() { return childSeenOnYear; }
    public void setChildSeenOnYear(String v) { childSeenOnYear = v; }
    public String getChildSeenAloneOnDay() { return childSeenAloneOnDay; }
    public void setChildSeenAloneOnDay(String v) { childSeenAloneOnDay = v; }
    public String getChildSeenAloneOnMonth() { return childSeenAloneOnMonth; }
    public void setChildSeenAloneOnMonth(String v) { childSeenAloneOnMonth = v; }
    public String getChildSeenAloneOnYear() { return childSeenAloneOnYear; }
    public void setChildSeenAloneOnYear(String v) { childSeenAloneOnYear = v; }
    public String getChildNotSeenReason() { return childNotSeenReason; }
    public void setChildNotSeenReason(String v) { childNotSeenReason = v; }
    public String getChildsViews() { return childsViews; }
    public void setChildsViews(String v) { childsViews = v; }
    public String getFamilyViews() { return familyViews; }
    public void setFamilyViews(String v) { familyViews = v; }
    public String getRisks() { return risks; }
    public void setRisks(String v) { risks = v; }
    public String getProtectiveFactors() { return protectiveFactors; }
    public void setProtectiveFactors(String v) { protectiveFactors = v; }
    public String getHistoryConsidered() { return historyConsidered; }
    public void setHistoryConsidered(String v) { historyConsidered = v; }
    public String getIdentityNeeds() { return identityNeeds; }
    public void setIdentityNeeds(String v) { identityNeeds = v; }
    public String getAnalysis() { return analysis; }
    public void setAnalysis(String v) { analysis = v; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String v) { nextSteps = v; }
    public List<String> getFactors() { return factors; }
    public void setFactors(List<String> v) { factors = v == null ? new ArrayList<>() : v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getLeadProfessionalName() { return leadProfessionalName; }
    public void setLeadProfessionalName(String v) { leadProfessionalName = v; }
    public String getLeadProfessionalAgency() { return leadProfessionalAgency; }
    public void setLeadProfessionalAgency(String v) { leadProfessionalAgency = v; }
    public String getThirdPartyInformation() { return thirdPartyInformation; }
    public void setThirdPartyInformation(String v) { thirdPartyInformation = v; }
}
