package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import uk.org.beacon.web.DateFields;

/** The fields of the allocation pages (allocate, co-worker, end, transfer, accept), as typed. */
public class AllocationForm {

    private Long version;
    private String workerId;
    private String teamId;
    private String dateDay;
    private String dateMonth;
    private String dateYear;
    private String reason;
    private String lateReasonCode;
    private String lateReasonText;

    LocalDate date(String label, Map<String, String> errors) {
        LocalDate d = DateFields.read(dateDay, dateMonth, dateYear, "date", label, errors).orElse(null);
        if (d == null && !errors.containsKey("date")) {
            errors.put("date", "Enter the " + label.toLowerCase());
        }
        return d;
    }

    static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    void today(LocalDate today) {
        if (dateDay == null && dateMonth == null && dateYear == null) {
            dateDay = String.valueOf(today.getDayOfMonth());
            dateMonth = String.valueOf(today.getMonthValue());
            dateYear = String.valueOf(today.getYear());
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getWorkerId() {
        return workerId;
    }

    public void setWorkerId(String workerId) {
        this.workerId = workerId;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getDateDay() {
        return dateDay;
    }

    public void setDateDay(String dateDay) {
        this.dateDay = dateDay;
    }

    public String getDateMonth() {
        return dateMonth;
    }

    public void setDateMonth(String dateMonth) {
        this.dateMonth = dateMonth;
    }

    public String getDateYear() {
        return dateYear;
    }

    public void setDateYear(String dateYear) {
        this.dateYear = dateYear;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLateReasonCode() {
        return lateReasonCode;
    }

    public void setLateReasonCode(String lateReasonCode) {
        this.lateReasonCode = lateReasonCode;
    }

    public String getLateReasonText() {
        return lateReasonText;
    }

    public void setLateReasonText(String lateReasonText) {
        this.lateReasonText = lateReasonText;
    }
}
