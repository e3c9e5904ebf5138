package uk.org.beacon.childprotection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.codes.CodeSet;

/**
 * The rules of a section 47 enquiry. It starts only from a strategy discussion that decided one, on
 * or after that discussion and the referral, and a child has one enquiry in progress at a time.
 * The initial child protection conference is due 15 working days after the strategy discussion that
 * initiated the enquiry (timescale T5, CIN census {@code InitialCPCtarget}); the clock itself is the
 * timescale engine's, which applies any local setting. The outcome is recorded by the workers and
 * signed off by a manager who is not the lead worker, with their rationale. The allowed changes of
 * status are {@link #TRANSITIONS}.
 */
final class Section47Rules {

    static final String T5 = "T5";
    static final int T5_WORKING_DAYS = 15;
    static final int MIN_RATIONALE = 20;
    static final Set<String> STEP_KINDS = Set.of("VISIT", "AGENCY_CHECK", "INTERVIEW", "MEDICAL", "OTHER");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    enum Status { OPEN, AWAITING_SIGN_OFF, CONCLUDED }

    /** The allowed changes of an enquiry's status: outcome recorded, returned by the manager, signed off. */
    static final Map<Status, Set<Status>> TRANSITIONS = Map.of(
            Status.OPEN, Set.of(Status.AWAITING_SIGN_OFF),
            Status.AWAITING_SIGN_OFF, Set.of(Status.OPEN, Status.CONCLUDED),
            Status.CONCLUDED, Set.of());

    private Section47Rules() {}

    static boolean allowed(Status from, Status to) {
        return TRANSITIONS.get(from).contains(to);
    }

    /** The national T5 deadline: 15 working days after the initiating strategy discussion (bank holidays excluded). */
    static LocalDate initialConferenceDue(WorkingDays workingDays, LocalDate discussionDate) {
        return workingDays.addWorkingDays(discussionDate, T5_WORKING_DAYS);
    }

    /** What the discussion said, as starting an enquiry needs it. */
    record Initiating(boolean section47, UUID initiatedEnquiryId, LocalDate heldOn, LocalDate referralDate) {}

    /**
     * Problems with starting an enquiry from a discussion ({@code null} when there is none) on
     * {@code startedOn}: keyed {@code strategyDiscussionId} and {@code startedOn}.
     */
    static Map<String, String> checkStart(Initiating discussion, LocalDate startedOn, LocalDate today, boolean anotherInProgress) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (discussion == null) {
            errors.put("strategyDiscussionId", "Choose the strategy discussion that decided to start the enquiry: record one first if it is not here");
        } else if (!discussion.section47()) {
            errors.put("strategyDiscussionId", "This strategy discussion did not decide to start a section 47 enquiry");
        } else if (discussion.initiatedEnquiryId() != null) {
            errors.put("strategyDiscussionId", "This strategy discussion has already started an enquiry");
        }
        if (anotherInProgress) {
            errors.putIfAbsent("strategyDiscussionId", "The child already has a section 47 enquiry in progress: conclude it first");
        }
        if (startedOn == null) {
            errors.put("startedOn", "Enter the date the enquiry started");
        } else if (startedOn.isAfter(today)) {
            errors.put("startedOn", "The start date must be today or in the past");
        } else if (discussion != null && startedOn.isBefore(discussion.heldOn())) {
            errors.put("startedOn", "The enquiry must start on or after the strategy discussion on " + DAY.format(discussion.heldOn()));
        } else if (discussion != null && discussion.referralDate() != null && startedOn.isBefore(discussion.referralDate())) {
            errors.put("startedOn", "The enquiry must start on or after the referral on " + DAY.format(discussion.referralDate()));
        }
        return errors;
    }

    /** Problems with a step of an enquiry that started on {@code startedOn}. */
    static Map<String, String> checkStep(Section47StepRecord s, LocalDate startedOn, LocalDateTime now, CodeSet agencies) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.occurredAt() == null) {
            errors.put("occurredAt", "Enter the date and time of the step");
        } else if (s.occurredAt().isAfter(now)) {
            errors.put("occurredAt", "The step must be now or in the past");
        } else if (s.occurredAt().toLocalDate().isBefore(startedOn)) {
            errors.put("occurredAt", "The step must be on or after the enquiry started on " + DAY.format(startedOn));
        }
        if (StrategyDiscussionRules.blank(s.kind()) || !STEP_KINDS.contains(s.kind())) {
            errors.put("kind", "Choose what kind of step this was");
        } else if ("AGENCY_CHECK".equals(s.kind())) {
            if (StrategyDiscussionRules.blank(s.agency()) || !agencies.isActive(s.agency())) {
                errors.put("agency", "Choose the agency checked with");
            }
            if (s.checkDone() == null) {
                errors.put("checkDone", "Say whether the check was done");
            }
        }
        if (!StrategyDiscussionRules.blank(s.agency()) && !agencies.isActive(s.agency())) {
            errors.putIfAbsent("agency", "Choose an agency from the list");
        }
        if (StrategyDiscussionRules.blank(s.detail())) {
            errors.put("detail", "AGENCY_CHECK".equals(s.kind()) ? "Enter what the agency told you, or why the check could not be done"
                    : "Enter what happened and what was learnt");
        } else if (s.detail().length() > 20_000) {
            errors.put("detail", "The detail must be 20,000 characters or fewer");
        }
        if (s.childSeenAlone() && !s.childSeen()) {
            errors.put("childSeenAlone", "A child seen alone was seen: tick 'Child seen' too");
        }
        return errors;
    }

    /** Problems with an outcome concluded on {@code concludedOn} for an enquiry started on {@code startedOn}. */
    static Map<String, String> checkOutcome(String outcome, LocalDate concludedOn, String summary, LocalDate startedOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome(outcome) == null) {
            errors.put("outcome", "Choose the outcome of the enquiry");
        }
        if (concludedOn == null) {
            errors.put("concludedOn", "Enter the date the enquiry concluded");
        } else if (concludedOn.isAfter(today)) {
            errors.put("concludedOn", "The date the enquiry concluded must be today or in the past");
        } else if (concludedOn.isBefore(startedOn)) {
            errors.put("concludedOn", "The enquiry must conclude on or after it started on " + DAY.format(startedOn));
        }
        if (StrategyDiscussionRules.blank(summary) || summary.strip().length() < MIN_RATIONALE) {
            errors.put("outcomeSummary", "Summarise the findings in at least " + MIN_RATIONALE + " characters");
        }
        return errors;
    }

    /** Problems with a manager's sign-off: their rationale, and that they are not the lead worker. */
    static Map<String, String> checkSignOff(String rationale, UUID managerId, UUID leadWorkerId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (managerId.equals(leadWorkerId)) {
            errors.put("managerRationale", "The lead worker cannot sign off their own enquiry: another manager must");
        }
        if (StrategyDiscussionRules.blank(rationale) || rationale.strip().length() < MIN_RATIONALE) {
            errors.putIfAbsent("managerRationale", "Give your rationale for the outcome in at least " + MIN_RATIONALE + " characters");
        }
        return errors;
    }

    static Section47Outcome outcome(String code) {
        if (code == null) {
            return null;
        }
        for (Section47Outcome o : Section47Outcome.values()) {
            if (o.name().equals(code)) {
                return o;
            }
        }
        return null;
    }
}
