package uk.org.beacon.returns.cin;

import static uk.org.beacon.returns.cin.CinRuleKind.ERROR;
import static uk.org.beacon.returns.cin.CinRuleKind.QUERY;
import static uk.org.beacon.returns.cin.Findings.day;
import static uk.org.beacon.returns.cin.Findings.of;
import static uk.org.beacon.returns.cin.Findings.quoted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Rules on child protection plans ({@code ChildProtectionPlans}) and their reviews. */
final class ProtectionPlanRules {

    private ProtectionPlanRules() {}

    static List<CinRule> all() {
        return List.of(BEFORE_REFERRAL, NOT_AT_CONFERENCE, START_DATE, PREVIOUS_PLANS, SAME_DAY, REVIEW_BEFORE_START, REVIEWS_WITHOUT_DATE,
                INITIAL_CATEGORY, LATEST_CATEGORY, STARTS_AFTER_DEATH, ENDS_AFTER_DEATH, ENDS_BEFORE_START, END_OUTSIDE_YEAR, TWO_OPEN,
                OVERLAPPING, REVIEW_DATE_MISSING);
    }

    /** 1105: a plan starts on or after the episode's referral. */
    static final CinRule BEFORE_REFERRAL = new ChildRule("1105", ERROR, "A CP plan starts before its episode's referral date.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.startDate() != null && episode.referralDate() != null && plan.startDate().isBefore(episode.referralDate())) {
                    found.cpPlan(plan, "The child protection plan started on " + day(plan.startDate()) + ", before the referral on "
                            + day(episode.referralDate()) + ".", "CPPstartDate", "CINreferralDate");
                }
            }));

    /**
     * 2885: a plan starting in the year starts on the date of an initial conference of its episode (on
     * a section 47 enquiry, or recorded on the episode when the conference has no enquiry).
     */
    static final CinRule NOT_AT_CONFERENCE = new ChildRule("2885", ERROR,
            "A CP plan starting in the year does not start on an initial CP conference date of the same episode (the Section47 one, or the "
                    + "CINdetails one when the episode has no Section47).",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                LocalDate start = plan.startDate();
                if (!found.inYear(start)) {
                    return;
                }
                boolean atConference = start.equals(episode.dateOfInitialCpc())
                        || of(episode.section47s()).stream().anyMatch(s -> start.equals(s.dateOfInitialCpc()));
                if (!atConference) {
                    List<String> conferences = new ArrayList<>();
                    of(episode.section47s()).stream().map(CinSection47::dateOfInitialCpc).filter(Objects::nonNull).forEach(d -> conferences.add(day(d)));
                    if (episode.dateOfInitialCpc() != null) {
                        conferences.add(day(episode.dateOfInitialCpc()));
                    }
                    found.cpPlan(plan, "The child protection plan started on " + day(start) + ", which is not the date of an initial conference in "
                            + "its episode (" + (conferences.isEmpty() ? "none is recorded" : String.join(", ", conferences))
                            + "); a plan starts at the conference that makes it.", "CPPstartDate", "DateOfInitialCPC");
                }
            }));

    /** 8720: a plan start date on or before the reference date. */
    static final CinRule START_DATE = new ChildRule("8720", ERROR, "A CP plan start date is missing or later than ReferenceDate.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.startDate() == null) {
                    found.cpPlan(plan, "A child protection plan in the episode referred on " + day(episode.referralDate()) + " has no start date.",
                            "CPPstartDate");
                } else if (plan.startDate().isAfter(found.referenceDate())) {
                    found.cpPlan(plan, "The child protection plan starts on " + day(plan.startDate()) + ", after the census date "
                            + day(found.referenceDate()) + ".", "CPPstartDate");
                }
            }));

    /** 8730: the number of previous plans, 0 or more. */
    static final CinRule PREVIOUS_PLANS = new ChildRule("8730", ERROR, "NumberOfPreviousCPP is missing or negative.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.previousPlans() == null || plan.previousPlans() < 0) {
                    found.cpPlan(plan, "The child protection plan started " + day(plan.startDate())
                            + (plan.previousPlans() == null ? " has no number of previous plans" : " has " + plan.previousPlans() + " previous plans")
                            + "; record how many plans the child had before (0 if none).", "NumberOfPreviousCPP");
                }
            }));

    /** 8840: a plan does not start and end on the same day. */
    static final CinRule SAME_DAY = new ChildRule("8840", ERROR, "A CP plan starts and ends on the same day.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.startDate() != null && plan.startDate().equals(plan.endDate())) {
                    found.cpPlan(plan, "The child protection plan started and ended on the same day, " + day(plan.startDate()) + ".",
                            "CPPstartDate", "CPPendDate");
                }
            }));

    /** 8841: reviews come after the plan starts. */
    static final CinRule REVIEW_BEFORE_START = new ChildRule("8841", ERROR, "A CP review is dated on or before the plan start date.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                for (LocalDate review : of(plan.reviewDates())) {
                    if (review != null && plan.startDate() != null && !review.isAfter(plan.startDate())) {
                        found.cpPlan(plan, "The review on " + day(review) + " is not after the plan started on " + day(plan.startDate()) + ".",
                                "CPPreviewDate", "CPPstartDate");
                    }
                }
            }));

    /** 8842Q: a plan's reviews carry dates (a Reviews group with no valid review date). */
    static final CinRule REVIEWS_WITHOUT_DATE = new ChildRule("8842Q", QUERY, "A Reviews group has no valid CPPreviewDate.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                List<LocalDate> reviews = of(plan.reviewDates());
                if (!reviews.isEmpty() && reviews.stream().allMatch(Objects::isNull)) {
                    found.cpPlan(plan, "The child protection plan started " + day(plan.startDate())
                            + " has reviews recorded but none with a date.", "CPPreviewDate");
                }
            }));

    /** 8905: the initial category of abuse. */
    static final CinRule INITIAL_CATEGORY = category("8905", "Initial", true);

    /** 8910: the latest category of abuse. */
    static final CinRule LATEST_CATEGORY = category("8910", "Latest", false);

    /** 8915: no plan starts after the child's death. */
    static final CinRule STARTS_AFTER_DEATH = new ChildRule("8915", ERROR, "A CP plan starts after the child's date of death.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (child.deathDate() != null && plan.startDate() != null && plan.startDate().isAfter(child.deathDate())) {
                    found.cpPlan(plan, "The child protection plan started on " + day(plan.startDate()) + ", after the child's death on "
                            + day(child.deathDate()) + ".", "CPPstartDate", "PersonDeathDate");
                }
            }));

    /** 8920: no plan ends after the child's death. */
    static final CinRule ENDS_AFTER_DEATH = new ChildRule("8920", ERROR, "A CP plan ends after the child's date of death.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (child.deathDate() != null && plan.endDate() != null && plan.endDate().isAfter(child.deathDate())) {
                    found.cpPlan(plan, "The child protection plan ended on " + day(plan.endDate()) + ", after the child's death on "
                            + day(child.deathDate()) + ".", "CPPendDate", "PersonDeathDate");
                }
            }));

    /** 8925: a plan ends on or after it starts. */
    static final CinRule ENDS_BEFORE_START = new ChildRule("8925", ERROR, "A CP plan ends before it starts.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.startDate() != null && plan.endDate() != null && plan.endDate().isBefore(plan.startDate())) {
                    found.cpPlan(plan, "The child protection plan ended on " + day(plan.endDate()) + ", before it started on "
                            + day(plan.startDate()) + ".", "CPPstartDate", "CPPendDate");
                }
            }));

    /** 8930: a plan ends within the census year. */
    static final CinRule END_OUTSIDE_YEAR = new ChildRule("8930", ERROR, "A CP plan end date is outside the census year.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.endDate() != null && !found.inYear(plan.endDate())) {
                    found.cpPlan(plan, "The child protection plan ended on " + day(plan.endDate()) + ", outside the census year "
                            + day(found.yearStart()) + " to " + day(found.referenceDate()) + ".", "CPPendDate");
                }
            }));

    /** 8935: at most one open plan per child, counting plans in the same episode too (which the community validator misses). */
    static final CinRule TWO_OPEN = new ChildRule("8935", ERROR,
            "A child has more than one CP plan with no end date (Beacon also counts two open plans in the same episode).", (child, found) -> {
                List<CinProtectionPlan> open = plans(child).stream().filter(p -> p.endDate() == null).toList();
                if (open.size() > 1) {
                    found.cpPlan(open.get(0), "The child has " + open.size() + " open child protection plans (started "
                            + String.join(", ", open.stream().map(p -> day(p.startDate())).toList()) + "); only one may be open.",
                            "CPPendDate");
                }
            });

    /** 8940: a child's plans do not overlap (no plan starts within another, both ends included; an open plan runs to the reference date). */
    static final CinRule OVERLAPPING = new ChildRule("8940", ERROR, "A child's CP plans overlap (open plans run to ReferenceDate).",
            (child, found) -> {
                List<CinProtectionPlan> plans = plans(child);
                for (int i = 0; i < plans.size(); i++) {
                    CinProtectionPlan plan = plans.get(i);
                    for (int j = 0; j < plans.size(); j++) {
                        CinProtectionPlan other = plans.get(j);
                        if (i != j && CinPlanRules.startsWithin(plan.startDate(), other.startDate(), other.endDate(), found.referenceDate(), i, j)) {
                            found.cpPlan(plan, "The child protection plan starting " + day(plan.startDate()) + " overlaps the plan from "
                                    + day(other.startDate()) + (other.endDate() == null ? " (still open)" : " to " + day(other.endDate())) + ".",
                                    "CPPstartDate", "CPPendDate");
                            break;
                        }
                    }
                }
            });

    /** B09 (Beacon): a review without a date cannot be written (CPPreviewDate is a date). */
    static final CinRule REVIEW_DATE_MISSING = new ChildRule("B09", ERROR,
            "Beacon: a child protection review has no date (CPPreviewDate); the schema cannot hold it.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (of(plan.reviewDates()).stream().anyMatch(Objects::isNull)) {
                    found.cpPlan(plan, "A review of the child protection plan started " + day(plan.startDate()) + " has no date.", "CPPreviewDate");
                }
            }));

    private static CinRule category(String rule, String which, boolean initial) {
        String element = which + "CategoryOfAbuse";
        return new ChildRule(rule, ERROR, element + " is missing or invalid.", (child, found) -> forEachPlan(child, (episode, plan) -> {
            String category = initial ? plan.initialCategory() : plan.latestCategory();
            if (!CinCodeLists.ABUSE_CATEGORIES.contains(category)) {
                found.cpPlan(plan, "The child protection plan started " + day(plan.startDate()) + " has "
                        + (category == null ? "no " + which.toLowerCase() + " category of abuse"
                                : which.toLowerCase() + " category of abuse " + quoted(category) + ", not NEG, PHY, SAB, EMO or MUL")
                        + ".", element);
            }
        }));
    }

    @FunctionalInterface
    interface PlanVisit {
        void visit(CinEpisode episode, CinProtectionPlan plan);
    }

    static void forEachPlan(CinChild child, PlanVisit visit) {
        for (CinEpisode episode : of(child.episodes())) {
            for (CinProtectionPlan plan : of(episode.protectionPlans())) {
                visit.visit(episode, plan);
            }
        }
    }

    /** Every plan of the child, across episodes, in episode order. */
    static List<CinProtectionPlan> plans(CinChild child) {
        List<CinProtectionPlan> plans = new ArrayList<>();
        forEachPlan(child, (episode, plan) -> plans.add(plan));
        return plans;
    }
}
