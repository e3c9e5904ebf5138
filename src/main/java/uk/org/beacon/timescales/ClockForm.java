package uk.org.beacon.timescales;

import java.time.LocalDate;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The pause, resume and end forms of a clock's page. */
class ClockForm {

    private String pausedFromDay;
    private String pausedFromMonth;
    private String pausedFromYear;
    private String pauseReason;
    private String resumedOnDay;
    private String resumedOnMonth;
    private String resumedOnYear;
    private String endedOnDay;
    private String endedOnMonth;
    private String endedOnYear;
    private String endReason;
    private Long version;

    LocalDate pausedFrom(Map<String, String> errors) {
        return required(DateFields.read(pausedFromDay, pausedFromMonth, pausedFromYear, "pausedFrom", "Date paused from", errors).orElse(null),
                "pausedFrom", "Enter the date the clock is paused from", errors);
    }

    LocalDate resumedOn(Map<String, String> errors) {
        return required(DateFields.read(resumedOnDay, resumedOnMonth, resumedOnYear, "resumedOn", "Date resumed", errors).orElse(null),
                "resumedOn", "Enter the date the clock resumes", errors);
    }

    LocalDate endedOn(Map<String, String> errors) {
        return required(DateFields.read(endedOnDay, endedOnMonth, endedOnYear, "endedOn", "Date it no longer applies", errors).orElse(null),
                "endedOn", "Enter the date the clock no longer applies from", errors);
    }

    private static LocalDate required(LocalDate date, String field, String message, Map<String, String> errors) {
        if (date == null && !errors.containsKey(field)) {
            errors.put(field, message);
        }
        return date;
    }

    public String getPausedFromDay() { return pausedFromDay; }
    public void setPausedFromDay(String v) { pausedFromDay = v; }
    public String getPausedFromMonth() { return pausedFromMonth; }
    public void setPausedFromMonth(String v) { pausedFromMonth = v; }
    public String getPausedFromYear() { return pausedFromYear; }
    public void setPausedFromYear(String v) { pausedFromYear = v; }
    public String getPauseReason() { return pauseReason; }
    public void setPauseReason(String v) { pauseReason = v; }
    public String getResumedOnDay() { return resumedOnDay; }
    public void setResumedOnDay(String v) { resumedOnDay = v; }
    public String getResumedOnMonth() { return resumedOnMonth; }
    public void setResumedOnMonth(String v) { resumedOnMonth = v; }
    public String getResumedOnYear() { return resumedOnYear; }
    public void setResumedOnYear(String v) { resumedOnYear = v; }
    public String getEndedOnDay() { return endedOnDay; }
    public void setEndedOnDay(String v) { endedOnDay = v; }
    public String getEndedOnMonth() { return endedOnMonth; }
    public void setEndedOnMonth(String v) { endedOnMonth = v; }
    public String getEndedOnYear() { return endedOnYear; }
    public void setEndedOnYear(String v) { endedOnYear = v; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String v) { endReason = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
