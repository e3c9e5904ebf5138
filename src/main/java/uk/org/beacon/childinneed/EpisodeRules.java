package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The CIN census rules an episode of need keeps. A child's episodes never overlap (8820) and at most
 * one is open (8815): a referral while one is open, or dated inside a closed one, joins that episode.
 * An episode closes with a date and an RC code together (8805, 8810), not in the future, not before the
 * referral (8630) or anything that happened in it (8565), and only once every assessment is completed
 * (8867) and every section 47 enquiry has its conference or needed none (8868). RC8 and RC9 mean
 * "closed after assessment": the episode must hold an assessment (8825Q) and no section 47, child
 * protection plan or child in need plan (2990). RC9 and a step-down need a named lead professional who
 * has accepted the case before it closes. RC2 needs the child's date of death. Child in need plans
 * start on or after the referral (4015), one at a time (4004, 4014), never while a child protection
 * plan runs (4016, 4017), and end on or after their start (4011).
 */
final class EpisodeRules {

    static final Set<String> AFTER_ASSESSMENT = Set.of("RC8", "RC9");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private EpisodeRules() {}

    /** One of a child's episodes, as the overlap rules see it. */
    record Period(UUID id, LocalDate referralDate, LocalDate closedOn) {

        boolean open() {
            return closedOn == null;
        }

        /** The day falls inside the episode: on or after its referral and before its closure. */
        boolean covers(LocalDate day) {
            return !day.isBefore(referralDate) && (closedOn == null || day.isBefore(closedOn));
        }
    }

    /** Something that happened in an episode: an assessment, a section 47 enquiry, a plan. */
    record Activity(String kind, LocalDate startedOn, LocalDate endedOn) {

        boolean open() {
            return endedOn == null;
        }
    }

    /**
     * Where a new referral goes: the episode it joins, or empty to open a new one. It joins the open
     * episode, else a closed episode it falls inside, else the earliest episode that starts after it
     * (a referral recorded late must not make a second, overlapping episode).
     */
    static Optional<UUID> episodeFor(List<Period> episodes, LocalDate referralDate) {
        Optional<Period> open = episodes.stream().filter(Period::open).findFirst();
        if (open.isPresent()) {
            return Optional.of(open.get().id());
        }
        Optional<Period> covering = episodes.stream().filter(p -> p.covers(referralDate)).findFirst();
        if (covering.isPresent()) {
            return Optional.of(covering.get().id());
        }
        return episodes.stream().filter(p -> p.referralDate().isAfter(referralDate)).min(Comparator.comparing(Period::referralDate))
                .map(Period::id);
    }

    /** Whether any two of a child's episodes overlap (for checks over the whole record). */
    static boolean overlapping(List<Period> episodes) {
        List<Period> sorted = episodes.stream().sorted(Comparator.comparing(Period::referralDate)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Period before = sorted.get(i - 1);
            if (before.open() || sorted.get(i).referralDate().isBefore(before.closedOn())) {
                return true;
            }
        }
        return false;
    }

    /** What closing an episode is checked against. */
    record ClosureFacts(LocalDate referralDate, boolean alreadyClosed, List<Activity> activity, boolean stepDownAgreed, LocalDate dateOfDeath,
            String primaryNeed) {}

    /** Every problem that stops the episode closing, at the closure form's fields. */
    static Map<String, String> checkClosure(ClosureFacts f, EpisodeClosure c, Set<String> closureReasons, Set<String> primaryNeeds,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (f.alreadyClosed()) {
            errors.put("closedOn", "This episode is already closed");
            return errors;
        }
        String reason = blankToNull(c.closureReason());
        if (c.closedOn() == null) {
            errors.put("closedOn", "Enter the date the episode closed");
        } else if (c.closedOn().isAfter(today)) {
            errors.put("closedOn", "The closure date must be today or in the past");
        } else if (c.closedOn().isBefore(f.referralDate())) {
            errors.put("closedOn", "The episode cannot close before the referral on " + DAY.format(f.referralDate()) + " (CIN census 8630)");
        } else {
            LocalDate latest = latestActivity(f.activity());
            if (latest != null && c.closedOn().isBefore(latest)) {
                errors.put("closedOn", "The episode cannot close before something that happened in it, on " + DAY.format(latest)
                        + " (CIN census 8565)");
            }
        }
        List<Activity> openAssessments = f.activity().stream().filter(a -> "ASSESSMENT".equals(a.kind()) && a.open()).toList();
        List<Activity> openEnquiries = f.activity().stream().filter(a -> "SECTION_47".equals(a.kind()) && a.open()).toList();
        List<Activity> openPlans = f.activity().stream().filter(a -> ("CIN_PLAN".equals(a.kind()) || "CP_PLAN".equals(a.kind())) && a.open())
                .toList();
        if (!openAssessments.isEmpty()) {
            errors.put("closedOn", "The assessment started on " + DAY.format(openAssessments.get(0).startedOn())
                    + " is still open: it must be authorised before the episode closes (CIN census 8867)");
        } else if (!openEnquiries.isEmpty()) {
            errors.put("closedOn", "The section 47 enquiry started on " + DAY.format(openEnquiries.get(0).startedOn())
                    + " has no initial conference yet: it must have its conference, or be concluded as not needing one, before the episode closes"
                    + " (CIN census 8868)");
        } else if (!openPlans.isEmpty()) {
            errors.put("closedOn", "The " + ("CIN_PLAN".equals(openPlans.get(0).kind()) ? "child in need plan" : "child protection plan")
                    + " started on " + DAY.format(openPlans.get(0).startedOn()) + " is still running: end it before closing the episode");
        }
        if (reason == null) {
            errors.put("closureReason", "Select the reason the episode closed");
        } else if (!closureReasons.contains(reason)) {
            errors.put("closureReason", "Select a reason for closure from the list (RC1 to RC9)");
        } else if (AFTER_ASSESSMENT.contains(reason)) {
            boolean heavier = f.activity().stream().anyMatch(a -> Set.of("SECTION_47", "CIN_PLAN", "CP_PLAN").contains(a.kind()));
            boolean assessed = f.activity().stream().anyMatch(a -> "ASSESSMENT".equals(a.kind()));
            if (heavier) {
                errors.put("closureReason", reason + " is for episodes closed straight after assessment: this episode had a section 47 enquiry "
                        + "or a plan, so choose another reason (CIN census 2990)");
            } else if (!assessed) {
                errors.put("closureReason", reason + " is for episodes closed after an assessment: this episode has no assessment (CIN census 8825Q)");
            }
        } else if ("RC2".equals(reason) && f.dateOfDeath() == null) {
            errors.put("closureReason", "Record the child's date of death on their personal details before closing with RC2 (died)");
        }
        if ("RC9".equals(reason) || f.stepDownAgreed()) {
            String why = "RC9".equals(reason) ? "Closing with RC9 (referred to early help)" : "Stepping down to early help";
            if (blankToNull(c.leadProfessionalName()) == null) {
                errors.put("leadProfessionalName", why + " needs the named lead professional who has taken the case on");
            }
            if (blankToNull(c.leadProfessionalAgency()) == null) {
                errors.put("leadProfessionalAgency", "Enter the lead professional's agency or service");
            }
            if (c.leadProfessionalAcceptedOn() == null) {
                errors.put("leadProfessionalAcceptedOn", why + " needs the date the lead professional accepted the case: the case stays open until they do");
            } else if (c.leadProfessionalAcceptedOn().isAfter(today)) {
                errors.put("leadProfessionalAcceptedOn", "The date the lead professional accepted must be today or in the past");
            } else if (c.closedOn() != null && c.leadProfessionalAcceptedOn().isAfter(c.closedOn())) {
                errors.put("leadProfessionalAcceptedOn", "The lead professional must accept the case on or before the day the episode closes");
            }
        }
        String need = blankToNull(c.primaryNeed()) != null ? c.primaryNeed().strip() : f.primaryNeed();
        if (need == null) {
            errors.put("primaryNeed", "Select the child's primary need (CIN census 8610)");
        } else if (!primaryNeeds.contains(need)) {
            errors.put("primaryNeed", "Select the primary need from the list (N0 to N9)");
        }
        return errors;
    }

    private static LocalDate latestActivity(List<Activity> activity) {
        LocalDate latest = null;
        for (Activity a : activity) {
            for (LocalDate d : new LocalDate[] {a.startedOn(), a.endedOn()}) {
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
        }
        return latest;
    }

    /** A child's plan period (a child in need plan or a child protection plan). */
    record PlanPeriod(LocalDate startedOn, LocalDate endedOn) {

        /** Running on the day: started before it and not ended by it (a plan may start on the day another ends). */
        boolean runningOn(LocalDate day) {
            return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
        }
    }

    /** Problems with starting a child in need plan on {@code startedOn} in an episode referred on {@code referralDate}. */
    static Map<String, String> checkPlanStart(LocalDate referralDate, boolean episodeOpen, LocalDate startedOn, List<PlanPeriod> childInNeedPlans,
            List<PlanPeriod> childProtectionPlans, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!episodeOpen) {
            errors.put("startedOn", "The child has no open episode of need: a child in need plan starts within the episode a referral opened");
            return errors;
        }
        if (startedOn == null) {
            errors.put("startedOn", "Enter the date the plan started");
            return errors;
        }
        if (startedOn.isAfter(today)) {
            errors.put("startedOn", "The date the plan started must be today or in the past");
        } else if (startedOn.isBefore(referralDate)) {
            errors.put("startedOn", "The plan cannot start before the referral on " + DAY.format(referralDate) + " (CIN census 4015)");
        } else if (childInNeedPlans.stream().anyMatch(p -> p.endedOn() == null)) {
            errors.put("startedOn", "The child already has a child in need plan running: end it before starting another (CIN census 4004)");
        } else if (childInNeedPlans.stream().anyMatch(p -> p.endedOn() != null && startedOn.isBefore(p.endedOn()))) {
            errors.put("startedOn", "The plan would overlap the child's earlier child in need plan: start it on or after that plan ended (CIN census 4014)");
        } else if (childProtectionPlans.stream().anyMatch(p -> p.runningOn(startedOn))) {
            errors.put("startedOn", "The child is on a child protection plan on that day: a child in need plan starts on or after it ends "
                    + "(CIN census 4016)");
        } else {
            childProtectionPlans.stream().filter(p -> p.startedOn().isAfter(startedOn)).findFirst().ifPresent(p -> errors.put("startedOn",
                    "A child protection plan started on " + DAY.format(p.startedOn()) + ": a child in need plan starting before it would run "
                            + "alongside it (CIN census 4017); start it on or after that plan ends"));
        }
        return errors;
    }

    /** Problems with ending a plan that started on {@code startedOn}. */
    static Map<String, String> checkPlanEnd(LocalDate startedOn, boolean alreadyEnded, LocalDate endedOn, String reason, Set<String> reasons,
            LocalDate lastReview, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (alreadyEnded) {
            errors.put("endedOn", "This plan has already ended");
            return errors;
        }
        if (endedOn == null) {
            errors.put("endedOn", "Enter the date the plan ended");
        } else if (endedOn.isAfter(today)) {
            errors.put("endedOn", "The date the plan ended must be today or in the past");
        } else if (endedOn.isBefore(startedOn)) {
            errors.put("endedOn", "The plan cannot end before it started on " + DAY.format(startedOn) + " (CIN census 4011)");
        } else if (lastReview != null && endedOn.isBefore(lastReview)) {
            errors.put("endedOn", "The plan cannot end before its last review on " + DAY.format(lastReview));
        }
        if (reason == null || reason.isBlank()) {
            errors.put("endReason", "Select why the plan ended");
        } else if (!reasons.contains(reason)) {
            errors.put("endReason", "Select why the plan ended from the list");
        }
        return errors;
    }

    /** Problems with recording a review of a plan. */
    static Map<String, String> checkReview(LocalDate startedOn, LocalDate endedOn, LocalDate heldOn, String summary, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (endedOn != null) {
            errors.put("heldOn", "This plan has ended: reviews are recorded on a running plan");
            return errors;
        }
        if (heldOn == null) {
            errors.put("heldOn", "Enter the date the review was held");
        } else if (heldOn.isAfter(today)) {
            errors.put("heldOn", "The date of the review must be today or in the past");
        } else if (heldOn.isBefore(startedOn)) {
            errors.put("heldOn", "The review cannot be before the plan started on " + DAY.format(startedOn));
        }
        if (summary == null || summary.isBlank()) {
            errors.put("summary", "Write what the review found and decided");
        } else if (summary.length() > 10_000) {
            errors.put("summary", "The review summary must be 10,000 characters or fewer");
        }
        return errors;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
