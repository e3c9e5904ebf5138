package uk.org.beacon.chronology;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The add and change entry pages' fields, as typed (the date as day, month and year boxes). */
public class EntryForm {

    private String occurredOnDay;
    private String occurredOnMonth;
    private String occurredOnYear;
    private String occurredTime;
    private String type;
    private String title;
    private String summary;
    private String impact;
    private String significant = "yes";
    private String source;
    private boolean thirdParty;
    private Long version;

    CuratedEntry toEntry(Map<String, String> errors) {
        LocalDate on = DateFields.read(occurredOnDay, occurredOnMonth, occurredOnYear, "occurredOn", "The date it happened", errors).orElse(null);
        if (on == null && !errors.containsKey("occurredOn")) {
            errors.put("occurredOn", "Enter the date it happened");
        }
        LocalTime time = null;
        if (occurredTime != null && !occurredTime.isBlank()) {
            String t = occurredTime.trim().replace('.', ':');
            try {
                time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException e) {
                errors.put("occurredTime", "Enter the time like 09:30 or 14:05, or leave it blank");
            }
        }
        return new CuratedEntry(on, time, EntryType.parse(type), title, summary, impact, !"no".equals(significant), source, thirdParty);
    }

    static EntryForm of(ChronologyEntryDetails e) {
        EntryForm f = new EntryForm();
        f.occurredOnDay = String.valueOf(e.occurredOn().getDayOfMonth());
        f.occurredOnMonth = String.valueOf(e.occurredOn().getMonthValue());
        f.occurredOnYear = String.valueOf(e.occurredOn().getYear());
        f.occurredTime = e.occurredTime() == null ? null : e.occurredTime().toString();
        f.type = e.type().name();
        f.title = e.title();
        f.summary = e.summary();
        f.impact = e.impact();
        f.significant = e.significant() ? "yes" : "no";
        f.source = e.source();
        f.thirdParty = e.thirdParty();
        f.version = e.version();
        return f;
    }

    public String getOccurredOnDay() {
        return occurredOnDay;
    }

    public void setOccurredOnDay(String occurredOnDay) {
        this.occurredOnDay = occurredOnDay;
    }

    public String getOccurredOnMonth() {
        return occurredOnMonth;
    }

    public void setOccurredOnMonth(String occurredOnMonth) {
        this.occurredOnMonth = occurredOnMonth;
    }

    public String getOccurredOnYear() {
        return occurredOnYear;
    }

    public void setOccurredOnYear(String occurredOnYear) {
        this.occurredOnYear = occurredOnYear;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getSignificant() {
        return significant;
    }

    public void setSignificant(String significant) {
        this.significant = significant;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isThirdParty() {
        return thirdParty;
    }

    public void setThirdParty(boolean thirdParty) {
        this.thirdParty = thirdParty;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
