package uk.org.beacon.timescales;

import java.time.LocalDate;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The add-a-bank-holiday fields as typed: the date in day, month and year boxes, and its name. */
public class BankHolidayForm {

    private String dateDay;
    private String dateMonth;
    private String dateYear;
    private String title;

    /** The date, or null with a message in {@code errors} (an empty date is left to the calendar's own message). */
    LocalDate date(Map<String, String> errors) {
        return DateFields.read(dateDay, dateMonth, dateYear, "date", "The date of the bank holiday", errors).orElse(null);
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
