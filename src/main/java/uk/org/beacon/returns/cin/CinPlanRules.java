package uk.org.beacon.returns.cin;

import static uk.org.beacon.returns.cin.CinRuleKind.ERROR;
import static uk.org.beacon.returns.cin.CinRuleKind.QUERY;
import static uk.org.beacon.returns.cin.Findings.day;
import static uk.org.beacon.returns.cin.Findings.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules on child in need plan periods ({@code CINPlanDates}) and how they sit with child protection
 * plans: a child is on one kind of plan at a time; stepping up or down on the same day is allowed.
 */
final class CinPlanRules {

    private CinPlanRules() {}

    static List<CinRule> all() {
        return List.of(BOTH_OPEN, REVIEW_IN_CIN_PLAN, TWO_OPEN, STARTS_AFTER_DEATH, ENDS_AFTER_DEATH, START_DATE, ENDS_BEFORE_START,
                SAME_DAY, END_OUTSIDE_YEAR, OVERLAPPING, BEFORE_REFERRAL, STARTS_IN_CP_PLAN, CP_PLAN_STARTS_IN_CIN_PLAN);
    }

    /** 4001: an episode does not hold an open CP plan and an open CIN plan together. */
    static final CinRule BOTH_OPEN = new ChildRule("4001", ERROR,
            "Within one episode an open CP plan (no end) and an open CIN plan (no end) exist together.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    CinProtectionPlan openCp = of(episode.protectionPlans()).stream().filter(p -> p.endDate() == null).findFirst().orElse(null);
                    if (openCp == null) {
                        continue;
                    }
                    for (CinPlanPeriod plan : of(episode.cinPlans())) {
                        if (plan.endDate() == null) {
                            found.cinPlan(plan, "The child in need plan started " + day(plan.startDate())
                                    + " is open while the child protection plan started " + day(openCp.startDate())
                                    + " is also open; end the plan the child has stepped off.", "CPPendDate", "CINPlanEndDate");
                        }
                    }
                }
            });

    /**
     * 4003: within an episode no CP review falls inside a CIN plan period (from its start, up to but not
     * including its end; an open plan to the reference date), unless the review is the CP plan's end date.
     */
    static final CinRule REVIEW_IN_CIN_PLAN = new ChildRule("4003", ERROR,
            "A CP review date falls inside a CIN plan period (allowed only when it equals the CP plan end date).", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinProtectionPlan cp : of(episode.protectionPlans())) {
                        for (LocalDate review : of(cp.reviewDates())) {
                            if (review == null || review.equals(cp.endDate())) {
                                continue;
                            }
                            for (CinPlanPeriod plan : of(episode.cinPlans())) {
                                if (plan.startDate() == null || review.isBefore(plan.startDate())) {
                                    continue;
                                }
                                boolean inside = plan.endDate() != null ? review.isBefore(plan.endDate()) : !review.isAfter(found.referenceDate());
                                if (inside) {
                                    found.cpPlan(cp, "The child protection review on " + day(review) + " falls inside the child in need plan from "
                                            + day(plan.startDate()) + (plan.endDate() == null ? " (still open)" : " to " + day(plan.endDate()))
                                            + "; a child is on one kind of plan at a time.", "CPPreviewDate", "CINPlanStartDate",
                                            "CINPlanEndDate", "CPPendDate");
                                    break;
                                }
                            }
                        }
                    }
                }
            });

    /** 4004: at most one open CIN plan in an episode. */
    static final CinRule TWO_OPEN = new ChildRule("4004", ERROR, "An episode has more than one CIN plan with no end date.", (child, found) -> {
        for (CinEpisode episode : of(child.episodes())) {
            List<CinPlanPeriod> open = of(episode.cinPlans()).stream().filter(p -> p.endDate() == null).toList();
            if (open.size() > 1) {
                found.cinPlan(open.get(0), "The episode referred on " + day(episode.referralDate()) + " has " + open.size()
                        + " open child in need plans (started " + String.join(", ", open.stream().map(p -> day(p.startDate())).toList())
                        + "); only one may be open.", "CINPlanEndDate");
            }
        }
    });

    /** 4008: no CIN plan starts after the child's death. */
    static final CinRule STARTS_AFTER_DEATH = new ChildRule("4008", ERROR, "A CIN plan starts after the child's date of death.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (child.deathDate() != null && plan.startDate() != null && plan.startDate().isAfter(child.deathDate())) {
                    found.cinPlan(plan, "The child in need plan started on " + day(plan.startDate()) + ", after the child's death on "
                            + day(child.deathDate()) + ".", "CINPlanStartDate", "PersonDeathDate");
                }
            }));

    /** 4009Q: no CIN plan ends after the child's death. */
    static final CinRule ENDS_AFTER_DEATH = new ChildRule("4009Q", QUERY, "A CIN plan ends after the child's date of death.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (child.deathDate() != null && plan.endDate() != null && plan.endDate().isAfter(child.deathDate())) {
                    found.cinPlan(plan, "The child in need plan ended on " + day(plan.endDate()) + ", after the child's death on "
                            + day(child.deathDate()) + ".", "CINPlanEndDate", "PersonDeathDate");
                }
            }));

    /** 4010: a CIN plan start date on or before the reference date. */
    static final CinRule START_DATE = new ChildRule("4010", ERROR, "A CIN plan start date is missing or later than ReferenceDate.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.startDate() == null) {
                    found.cinPlan(plan, "A child in need plan in the episode referred on " + day(episode.referralDate()) + " has no start date.",
                            "CINPlanStartDate");
                } else if (plan.startDate().isAfter(found.referenceDate())) {
                    found.cinPlan(plan, "The child in need plan starts on " + day(plan.startDate()) + ", after the census date "
                            + day(found.referenceDate()) + ".", "CINPlanStartDate");
                }
            }));

    /** 4011: a CIN plan ends on or after it starts. */
    static final CinRule ENDS_BEFORE_START = new ChildRule("4011", ERROR, "A CIN plan ends before it starts.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.startDate() != null && plan.endDate() != null && plan.endDate().isBefore(plan.startDate())) {
                    found.cinPlan(plan, "The child in need plan ended on " + day(plan.endDate()) + ", before it started on "
                            + day(plan.startDate()) + ".", "CINPlanStartDate", "CINPlanEndDate");
                }
            }));

    /** 4012Q: a CIN plan that starts and ends on the same day. */
    static final CinRule SAME_DAY = new ChildRule("4012Q", QUERY, "A CIN plan starts and ends on the same day.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.startDate() != null && plan.startDate().equals(plan.endDate())) {
                    found.cinPlan(plan, "The child in need plan started and ended on the same day, " + day(plan.startDate()) + ".",
                            "CINPlanStartDate", "CINPlanEndDate");
                }
            }));

    /** 4013: a CIN plan ends within the census year. */
    static final CinRule END_OUTSIDE_YEAR = new ChildRule("4013", ERROR, "A CIN plan end date is outside the census year.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.endDate() != null && !found.inYear(plan.endDate())) {
                    found.cinPlan(plan, "The child in need plan ended on " + day(plan.endDate()) + ", outside the census year "
                            + day(found.yearStart()) + " to " + day(found.referenceDate()) + ".", "CINPlanEndDate");
                }
            }));

    /**
     * 4014: a child's CIN plans do not overlap: no plan starts within another (its start to its end,
     * both included, or to the reference date while it is open).
     */
    static final CinRule OVERLAPPING = new ChildRule("4014", ERROR,
            "A child's CIN plans overlap (an open plan counts as running to ReferenceDate).", (child, found) -> {
                List<CinPlanPeriod> plans = new ArrayList<>();
                forEachPlan(child, (episode, plan) -> plans.add(plan));
                for (int i = 0; i < plans.size(); i++) {
                    CinPlanPeriod plan = plans.get(i);
                    for (int j = 0; j < plans.size(); j++) {
                        CinPlanPeriod other = plans.get(j);
                        if (i != j && startsWithin(plan.startDate(), other.startDate(), other.endDate(), found.referenceDate(), i, j)) {
                            found.cinPlan(plan, "The child in need plan starting " + day(plan.startDate()) + " overlaps the plan from "
                                    + day(other.startDate()) + (other.endDate() == null ? " (still open)" : " to " + day(other.endDate())) + ".",
                                    "CINPlanStartDate", "CINPlanEndDate");
                            break;
                        }
                    }
                }
            });

    /** 4015: a CIN plan starts on or after the episode's referral. */
    static final CinRule BEFORE_REFERRAL = new ChildRule("4015", ERROR, "A CIN plan starts before the episode's referral date.",
            (child, found) -> forEachPlan(child, (episode, plan) -> {
                if (plan.startDate() != null && episode.referralDate() != null && plan.startDate().isBefore(episode.referralDate())) {
                    found.cinPlan(plan, "The child in need plan started on " + day(plan.startDate()) + ", before the referral on "
                            + day(episode.referralDate()) + ".", "CINPlanStartDate", "CINreferralDate");
                }
            }));

    /**
     * 4016: no CIN plan starts while a CP plan of the child runs (from its start, up to but not
     * including its end; an open plan to the reference date). Starting on the CP plan's end date is a step down.
     */
    static final CinRule STARTS_IN_CP_PLAN = new ChildRule("4016", ERROR,
            "A CIN plan starts while a CP plan is running (open CP plans run to ReferenceDate); starting on the CP plan's end date is allowed.",
            (child, found) -> {
                List<CinProtectionPlan> cpPlans = ProtectionPlanRules.plans(child);
                forEachPlan(child, (episode, plan) -> {
                    for (CinProtectionPlan cp : cpPlans) {
                        if (runningOn(plan.startDate(), cp.startDate(), cp.endDate(), found.referenceDate())) {
                            found.cinPlan(plan, "The child in need plan started on " + day(plan.startDate())
                                    + " while the child protection plan from " + day(cp.startDate())
                                    + (cp.endDate() == null ? " was open" : " to " + day(cp.endDate()) + " was running")
                                    + "; a child in need plan starts when the protection plan ends.", "CINPlanStartDate", "CPPstartDate",
                                    "CPPendDate");
                            break;
                        }
                    }
                });
            });

    /** 4017: no CP plan starts while a CIN plan of the child runs; starting on the CIN plan's end date is a step up. */
    static final CinRule CP_PLAN_STARTS_IN_CIN_PLAN = new ChildRule("4017", ERROR,
            "A CP plan starts while a CIN plan is running; starting on the CIN plan's end date is allowed.", (child, found) -> {
                List<CinPlanPeriod> cinPlans = new ArrayList<>();
                forEachPlan(child, (episode, plan) -> cinPlans.add(plan));
                for (CinProtectionPlan cp : ProtectionPlanRules.plans(child)) {
                    for (CinPlanPeriod plan : cinPlans) {
                        if (runningOn(cp.startDate(), plan.startDate(), plan.endDate(), found.referenceDate())) {
                            found.cpPlan(cp, "The child protection plan started on " + day(cp.startDate())
                                    + " while the child in need plan from " + day(plan.startDate())
                                    + (plan.endDate() == null ? " was open" : " to " + day(plan.endDate()) + " was running")
                                    + "; end the child in need plan on the day the protection plan starts.", "CPPstartDate",
                                    "CINPlanStartDate", "CINPlanEndDate");
                            break;
                        }
                    }
                }
            });

    @FunctionalInterface
    interface PlanVisit {
        void visit(CinEpisode episode, CinPlanPeriod plan);
    }

    static void forEachPlan(CinChild child, PlanVisit visit) {
        for (CinEpisode episode : of(child.episodes())) {
            for (CinPlanPeriod plan : of(episode.cinPlans())) {
                visit.visit(episode, plan);
            }
        }
    }

    /**
     * Whether {@code day} falls while a plan runs: on or after its start and before its end (the end day
     * itself is free for the next plan), or up to the reference date while it is open.
     */
    static boolean runningOn(LocalDate day, LocalDate start, LocalDate end, LocalDate referenceDate) {
        if (day == null || start == null || day.isBefore(start)) {
            return false;
        }
        return end != null ? day.isBefore(end) : !day.isAfter(referenceDate);
    }

    /**
     * Whether a period starting {@code start} begins within another (its start to its end, both days
     * included, or to the reference date while open). Two periods starting the same day are reported
     * once, on the later in the list ({@code self} and {@code other} are list positions).
     */
    static boolean startsWithin(LocalDate start, LocalDate otherStart, LocalDate otherEnd, LocalDate referenceDate, int self, int other) {
        if (start == null || otherStart == null || start.isBefore(otherStart) || start.equals(otherStart) && other > self) {
            return false;
        }
        return !start.isAfter(otherEnd != null ? otherEnd : referenceDate);
    }
}
