package uk.org.beacon.childprotection.conference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.codes.CodeSet;

/**
 * The rules of an initial child protection conference. It is due within 15 working days of the strategy
 * discussion that started the section 47 enquiry (T5, Working Together; bank holidays do not count). It is
 * held on a working day, never before the enquiry began, and a plan needs a category of abuse and the
 * chair's rationale. Agency reports count as shared in advance when the parents had them at least N
 * working days before the conference (local setting L2, 2 by default).
 */
final class ConferenceRules {

    static final int MIN_RATIONALE = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ConferenceRules() {}

    /** T5: the last day the initial conference is in time, N working days after the strategy discussion. */
    static LocalDate initialConferenceDue(WorkingDays workingDays, LocalDate strategyDiscussion, int workingDaysAllowed) {
        return workingDays.addWorkingDays(strategyDiscussion, workingDaysAllowed);
    }

    /** Refusals for the day and time the chair arranges, keyed {@code scheduledFor}, and for the chair. */
    static Map<String, String> checkArrangement(WorkingDays workingDays, LocalDateTime scheduledFor, LocalDate enquiryStartedOn,
            LocalDate today, boolean chairIsAChair) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (scheduledFor == null) {
            errors.put("scheduledFor", "Enter the date and time of the conference");
        } else {
            String day = refusedDay(workingDays, scheduledFor.toLocalDate(), enquiryStartedOn);
            if (day != null) {
                errors.put("scheduledFor", day);
            } else if (scheduledFor.toLocalDate().isBefore(today)) {
                errors.put("scheduledFor", "The conference must be arranged for today or a later day");
            }
        }
        if (!chairIsAChair) {
            errors.put("chairId", "Choose a child protection chair");
        }
        return errors;
    }

    /** Why a conference cannot be on this day, or null: a weekend, a bank holiday, before the enquiry began. */
    static String refusedDay(WorkingDays workingDays, LocalDate day, LocalDate enquiryStartedOn) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return "A conference cannot be held at a weekend: " + DAY.format(day) + " is a " + (day.getDayOfWeek() == DayOfWeek.SATURDAY
                    ? "Saturday" : "Sunday") + ". Choose a working day";
        }
        if (!workingDays.isWorkingDay(day)) {
            String name = workingDays.holiday(day).map(h -> h.title()).orElse("a bank holiday");
            return "A conference cannot be held on a bank holiday: " + DAY.format(day) + " is " + name + ". Choose a working day";
        }
        if (enquiryStartedOn != null && day.isBefore(enquiryStartedOn)) {
            return "The conference must be on or after the day the section 47 enquiry began (" + DAY.format(enquiryStartedOn) + ")";
        }
        return null;
    }

    /** Refusals for the decision, field by field (late reasons are the clock's to check). */
    static Map<String, String> checkDecision(WorkingDays workingDays, ConferenceDecision d, LocalDate enquiryStartedOn, LocalDate today,
            CodeSet categories) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.heldOn() == null) {
            errors.put("heldOn", "Enter the date the conference was held");
        } else if (d.heldOn().isAfter(today)) {
            errors.put("heldOn", "The date the conference was held must be today or in the past");
        } else {
            String day = refusedDay(workingDays, d.heldOn(), enquiryStartedOn);
            if (day != null) {
                errors.put("heldOn", day);
            }
        }
        if (d.planDecided() == null) {
            errors.put("planDecided", "Say whether the child is to be subject to a child protection plan");
        } else if (d.planDecided()) {
            if (blank(d.category())) {
                errors.put("category", "Choose the category of abuse: a child protection plan needs one");
            } else if (!categories.isActive(d.category())) {
                errors.put("category", "Choose a category of abuse from the list");
            }
        }
        if (blank(d.risksSummary())) {
            errors.put("risksSummary", "Summarise the risks to the child");
        }
        if (blank(d.strengthsSummary())) {
            errors.put("strengthsSummary", "Summarise the strengths and protective factors");
        }
        if (blank(d.chairRationale()) || d.chairRationale().strip().length() < MIN_RATIONALE) {
            errors.put("chairRationale", "Give the chair's rationale for the decision in at least " + MIN_RATIONALE + " characters");
        }
        if (!blank(d.dissent()) && blank(d.dissentBy())) {
            errors.put("dissentBy", "Say who disagreed with the decision");
        }
        if (!blank(d.dissentBy()) && blank(d.dissent())) {
            errors.put("dissent", "Record what they disagreed with and why");
        }
        return errors;
    }

    /** How the child is invited, by age on the day of the conference; null when the age is not known. */
    static InvitationStyle invitationStyle(Integer age) {
        if (age == null) {
            return null;
        }
        return age < 8 ? InvitationStyle.THROUGH_PARENTS_OR_ADVOCATE : age < 12 ? InvitationStyle.CHILD_FRIENDLY_LETTER
                : InvitationStyle.YOUNG_PERSONS_LETTER;
    }

    /** The parents had the report at least {@code workingDaysBefore} working days before the conference. */
    static boolean sharedInAdvance(WorkingDays workingDays, LocalDate sharedOn, LocalDate conferenceOn, int workingDaysBefore) {
        return sharedOn != null && conferenceOn != null && workingDays.workingDaysBetween(sharedOn, conferenceOn) >= workingDaysBefore;
    }

    /** The report came before the conference. */
    static boolean receivedInTime(LocalDate receivedOn, LocalDate conferenceOn) {
        return receivedOn != null && conferenceOn != null && receivedOn.isBefore(conferenceOn);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
