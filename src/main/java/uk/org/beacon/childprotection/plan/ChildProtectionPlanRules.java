package uk.org.beacon.childprotection.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.org.beacon.calendar.WorkingDays;

/**
 * The child protection plan's rules, without Spring: whether a plan may start, what a core group meeting
 * and a review conference must record, when the plan's clocks fall due by the national defaults (T6 10
 * working days from the initial conference, T7 4 weeks from the last core group, T8 3 months from the
 * initial conference, T8a 6 months from the last review, T9 visits every N working days, a local setting)
 * and the plan's flags.
 */
public final class ChildProtectionPlanRules {

    public static final int T6_WORKING_DAYS = 10;
    public static final int T7_WEEKS = 4;
    public static final int T8_MONTHS = 3;
    public static final int T8A_MONTHS = 6;
    public static final int T9_DEFAULT_WORKING_DAYS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Where a plan stands: running, ended by a review conference, or taken over by another authority. */
    public enum Status { RUNNING, ENDED, TRANSFERRED_OUT }

    /**
     * The allowed changes of a plan's status. A plan starts running (from an initial conference or a transfer-in
     * conference); only a review conference ends it, or the receiving authority's transfer-in conference takes it
     * over; an ended plan is final (a new plan is a new record).
     */
    public static final Map<Status, Set<Status>> TRANSITIONS = Map.of(
            Status.RUNNING, Set.of(Status.ENDED, Status.TRANSFERRED_OUT),
            Status.ENDED, Set.of(),
            Status.TRANSFERRED_OUT, Set.of());

    private ChildProtectionPlanRules() {}

    public static boolean allowed(Status from, Status to) {
        return TRANSITIONS.get(from).contains(to);
    }

    /** An earlier plan of the same child. */
    public record EarlierPlan(LocalDate startedOn, LocalDate endedOn) {}

    public static LocalDate firstCoreGroupDue(WorkingDays days, LocalDate conferenceOn) {
        return days.addWorkingDays(conferenceOn, T6_WORKING_DAYS);
    }

    public static LocalDate nextCoreGroupDue(LocalDate lastCoreGroupOn) {
        return lastCoreGroupOn.plusWeeks(T7_WEEKS);
    }

    public static LocalDate firstReviewDue(LocalDate conferenceOn) {
        return conferenceOn.plusMonths(T8_MONTHS);
    }

    public static LocalDate nextReviewDue(LocalDate lastReviewOn) {
        return lastReviewOn.plusMonths(T8A_MONTHS);
    }

    public static LocalDate nextVisitDue(WorkingDays days, LocalDate lastVisitOn, int workingDays) {
        return days.addWorkingDays(lastVisitOn, workingDays);
    }

    /** Whether an initial conference's decision starts a plan: a decided plan needs a known category and no open plan. */
    public static Map<String, String> checkStart(boolean planDecided, String category, Predicate<String> knownCategory, LocalDate openPlanSince,
            LocalDate startedOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!planDecided) {
            errors.put("plan", "The conference did not decide on a child protection plan");
        } else if (category == null || category.isBlank()) {
            errors.put("category", "A child protection plan needs its category of abuse");
        } else if (!knownCategory.test(category)) {
            errors.put("category", "Choose a category of abuse from the list");
        }
        if (startedOn == null) {
            errors.put("startedOn", "A child protection plan starts on the date of the initial conference");
        }
        if (openPlanSince != null) {
            errors.put("plan", "This child is already subject to a child protection plan (since " + openPlanSince
                    + "): a child has one plan at a time; review the current plan instead");
        }
        return errors;
    }

    public static Map<String, String> checkCoreGroup(LocalDate startedOn, LocalDate endedOn, LocalDate heldOn, String attendees, String summary,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkWithinPlan(startedOn, endedOn, heldOn, today, "heldOn", "core group meeting", errors);
        if (blank(attendees)) {
            errors.put("attendees", "Say who attended the core group meeting");
        }
        if (blank(summary)) {
            errors.put("summary", "Summarise what the core group found and agreed");
        }
        return errors;
    }

    /**
     * A review conference: on a weekday within the plan (not before it started, not after it ended, not in the
     * future) and not before the last review conference; a summary of what it found and decided. Ending the
     * plan needs the reason and a step-down (a transfer to another authority is recorded apart, not at a
     * review), and a step-down to early help needs the named lead professional and their agency.
     */
    public static Map<String, String> checkReview(LocalDate startedOn, LocalDate endedOn, LocalDate lastReviewOn, LocalDate heldOn,
            ReviewDecision decision, String summary, String categoryTo, Predicate<String> knownCategory, String endReason, StepDown stepDown,
            String leadName, String leadAgency, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkWithinPlan(startedOn, endedOn, heldOn, today, "heldOn", "review conference", errors);
        if (heldOn != null && !errors.containsKey("heldOn") && lastReviewOn != null && heldOn.isBefore(lastReviewOn)) {
            errors.put("heldOn", "The date of the review conference must be on or after the last review conference (" + DAY.format(lastReviewOn)
                    + ")");
        }
        if (heldOn != null && !errors.containsKey("heldOn") && (heldOn.getDayOfWeek() == DayOfWeek.SATURDAY
                || heldOn.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            errors.put("heldOn", "A review conference is held on a weekday: check the date");
        }
        if (decision == null) {
            errors.put("decision", "Say whether the plan continues or ends");
        }
        if (blank(summary)) {
            errors.put("summary", "Summarise what the review conference found and decided");
        }
        if (!blank(categoryTo) && !knownCategory.test(categoryTo)) {
            errors.put("categoryTo", "Choose a category of abuse from the list");
        }
        if (decision == ReviewDecision.END) {
            if (blank(endReason)) {
                errors.put("endReason", "Give the reason the plan ends");
            }
            if (stepDown == null) {
                errors.put("stepDown", "Say where the child's support goes next");
            } else if (stepDown == StepDown.TRANSFERRED) {
                errors.put("stepDown", "A transfer to another authority is recorded with the receiving authority's conference, not at a review");
            } else if (stepDown == StepDown.EARLY_HELP) {
                if (blank(leadName)) {
                    errors.put("leadName", "Name the lead professional for early help");
                }
                if (blank(leadAgency)) {
                    errors.put("leadAgency", "Give the lead professional's agency");
                }
            }
        }
        return errors;
    }

    /** What a transfer-in conference records. */
    public record TransferIn(LocalDate heldOn, String previousAuthority, LocalDate previousPlanStartedOn, String category, String chairRationale) {}

    /**
     * A transfer-in conference: held on a weekday, not in the future, not before the child's last plan here ended;
     * the authority the child came from and the date their plan started there (on or before the conference); the
     * category of abuse; the chair's reasons. A child with a plan running here cannot transfer in.
     */
    public static Map<String, String> checkTransferIn(TransferIn t, Predicate<String> knownCategory, LocalDate openPlanSince,
            LocalDate lastPlanEndedOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (openPlanSince != null) {
            errors.put("plan", "This child is already subject to a child protection plan here (since " + DAY.format(openPlanSince)
                    + "): a child has one plan at a time");
        }
        if (t.heldOn() == null) {
            errors.put("heldOn", "Enter the date of the transfer-in conference");
        } else if (t.heldOn().isAfter(today)) {
            errors.put("heldOn", "The date of the transfer-in conference must be today or in the past");
        } else if (t.heldOn().getDayOfWeek() == DayOfWeek.SATURDAY || t.heldOn().getDayOfWeek() == DayOfWeek.SUNDAY) {
            errors.put("heldOn", "A transfer-in conference is held on a weekday: check the date");
        } else if (lastPlanEndedOn != null && t.heldOn().isBefore(lastPlanEndedOn)) {
            errors.put("heldOn", "The child's last plan here ended on " + DAY.format(lastPlanEndedOn)
                    + ": a new plan cannot start before it (plans never overlap, CIN census 8940)");
        }
        if (blank(t.previousAuthority())) {
            errors.put("previousAuthority", "Enter the local authority the child's plan was with");
        }
        if (t.previousPlanStartedOn() == null) {
            errors.put("previousPlanStartedOn", "Enter the date the plan started in the other authority");
        } else if (t.heldOn() != null && t.previousPlanStartedOn().isAfter(t.heldOn())) {
            errors.put("previousPlanStartedOn", "The plan must have started in the other authority on or before the transfer-in conference");
        }
        if (blank(t.category())) {
            errors.put("category", "Choose the category of abuse the plan is under");
        } else if (!knownCategory.test(t.category())) {
            errors.put("category", "Choose a category of abuse from the list");
        }
        if (blank(t.chairRationale())) {
            errors.put("chairRationale", "Give the chair's reasons for continuing the plan here");
        }
        return errors;
    }

    /**
     * NumberOfPreviousCPP (CIN census): the plans the child was subject to before this one. Each earlier plan here
     * counts; a plan here that began with a transfer-in conference also had a plan before it in the other authority,
     * which counts too; and a plan starting now by transfer-in counts the other authority's plan it continues.
     * (This authority's "second or subsequent plan" measures count plans here only.)
     */
    public static int previousPlans(int earlierPlansHere, int earlierOfThemTransferredIn, boolean transferIn) {
        return earlierPlansHere + earlierOfThemTransferredIn + (transferIn ? 1 : 0);
    }

    /**
     * A transfer out: the plan is running; the receiving authority is named; its transfer-in conference, which ends
     * the plan here, is not in the future and after the plan started (a plan never ends on the day it starts, CIN
     * census 8840) and not before the last review conference.
     */
    public static Map<String, String> checkTransferOut(Status status, LocalDate startedOn, LocalDate lastReviewOn, String receivingAuthority,
            LocalDate conferenceOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!allowed(status, Status.TRANSFERRED_OUT)) {
            errors.put("conferenceOn", "This plan has already ended: it cannot be transferred");
            return errors;
        }
        if (blank(receivingAuthority)) {
            errors.put("receivingAuthority", "Enter the local authority the child moved to");
        }
        if (conferenceOn == null) {
            errors.put("conferenceOn", "Enter the date of the receiving authority's transfer-in conference");
        } else if (conferenceOn.isAfter(today)) {
            errors.put("conferenceOn", "The plan ends here when the receiving authority's conference has been held: the date must be today or "
                    + "in the past");
        } else if (!conferenceOn.isAfter(startedOn)) {
            errors.put("conferenceOn", "The receiving authority's conference must be after the plan started here (" + DAY.format(startedOn) + ")");
        } else if (lastReviewOn != null && conferenceOn.isBefore(lastReviewOn)) {
            errors.put("conferenceOn", "The receiving authority's conference cannot be before the last review conference here ("
                    + DAY.format(lastReviewOn) + ")");
        }
        return errors;
    }

    /** The plan has lasted (or had lasted when it ended) two years or more. */
    public static boolean lastedTwoYearsOrMore(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        LocalDate to = endedOn != null ? endedOn : today;
        return !to.isBefore(startedOn.plusYears(2));
    }

    /** The child had a plan before this one. */
    public static boolean secondOrSubsequent(LocalDate startedOn, List<EarlierPlan> plans) {
        return plans.stream().anyMatch(p -> p.startedOn().isBefore(startedOn));
    }

    /** The child's earlier plan ended within two years before this one started. */
    public static boolean subsequentWithinTwoYears(LocalDate startedOn, List<EarlierPlan> plans) {
        return plans.stream().anyMatch(p -> p.startedOn().isBefore(startedOn) && p.endedOn() != null
                && !p.endedOn().isBefore(startedOn.minusYears(2)));
    }

    /**
     * The day of something that happens in the plan: given, not in the future, not before the plan started; an
     * ended plan takes nothing more (a day after its end says so).
     */
    private static void checkWithinPlan(LocalDate startedOn, LocalDate endedOn, LocalDate on, LocalDate today, String field, String what,
            Map<String, String> errors) {
        if (endedOn != null) {
            errors.put(field, on != null && on.isAfter(endedOn)
                    ? "The date of the " + what + " is after the plan ended (" + DAY.format(endedOn) + "): nothing is recorded on a plan after it ends"
                    : "The plan ended on " + DAY.format(endedOn) + ": a " + what + " cannot be added to it now");
        } else if (on == null) {
            errors.put(field, "Enter the date of the " + what);
        } else if (on.isAfter(today)) {
            errors.put(field, "The date of the " + what + " must be today or in the past");
        } else if (on.isBefore(startedOn)) {
            errors.put(field, "The date of the " + what + " must be on or after the plan started (" + DAY.format(startedOn) + ")");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
