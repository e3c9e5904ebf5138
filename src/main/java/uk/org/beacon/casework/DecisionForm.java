package uk.org.beacon.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The management decision page's fields, as typed. */
public class DecisionForm {

    private String decidedDay;
    private String decidedMonth;
    private String decidedYear;
    private String decidedTime;
    private String decision;
    private String rationale;
    private String nextSteps;

    ManagementDecisionRecord toRecord(Map<String, String> errors) {
        LocalDate day = DateFields.read(decidedDay, decidedMonth, decidedYear, "decided", "Date of the decision", errors).orElse(null);
        LocalDateTime at = null;
        if (day == null && !errors.containsKey("decided")) {
            errors.put("decided", "Enter the date of the decision");
        }
        LocalTime time = null;
        if (decidedTime == null || decidedTime.isBlank()) {
            errors.put("decidedTime", "Enter the time of the decision, like 09:30 or 14:05");
        } else {
            try {
                String t = decidedTime.trim().replace('.', ':');
                time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException e) {
                errors.put("decidedTime", "Enter the time of the decision, like 09:30 or 14:05");
            }
        }
        if (day != null && time != null) {
            at = day.atTime(time);
        }
        return new ManagementDecisionRecord(at, decision, rationale, nextSteps);
    }

    void now(LocalDateTime now) {
        decidedDay = String.valueOf(now.getDayOfMonth());
        decidedMonth = String.valueOf(now.getMonthValue());
        decidedYear = String.valueOf(now.getYear());
        decidedTime = String.format("%02d:%02d", now.getHour(), now.getMinute());
    }

    public String getDecidedDay() {
        return decidedDay;
    }

    public void setDecidedDay(String decidedDay) {
        this.decidedDay = decidedDay;
    }

    public String getDecidedMonth() {
        return decidedMonth;
    }

    public void setDecidedMonth(String decidedMonth) {
        this.decidedMonth = decidedMonth;
    }

    public String getDecidedYear() {
        return decidedYear;
    }

    public void setDecidedYear(String decidedYear) {
        this.decidedYear = decidedYear;
    }

    public String getDecidedTime() {
        return decidedTime;
    }

    public void setDecidedTime(String decidedTime) {
        this.decidedTime = decidedTime;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }
}
