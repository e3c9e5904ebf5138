package uk.org.beacon.returns.cin;

import static uk.org.beacon.returns.cin.CinRuleKind.ERROR;
import static uk.org.beacon.returns.cin.CinRuleKind.QUERY;
import static uk.org.beacon.returns.cin.Findings.day;
import static uk.org.beacon.returns.cin.Findings.of;
import static uk.org.beacon.returns.cin.Findings.quoted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules on the episodes of need ({@code CINdetails}): referral, primary need, closure, NFA referrals
 * and what an episode must or must not hold when it closes.
 */
final class CinDetailsRules {

    private CinDetailsRules() {}

    static List<CinRule> all() {
        return List.of(CLOSED_AS_ASSESSED_HOLDS_MORE, SECTION47_WITHOUT_ASSESSMENT, NFA_WITH_CIN_PLAN, REFERRAL_AFTER_DEATH,
                ACTIVITY_AFTER_CLOSURE, NFA_FLAG, CARRIED_OVER_NFA, DIED_WITHOUT_DEATH_DATE, NO_EPISODE, REFERRAL_DATE,
                REFERRAL_BEFORE_BIRTH, PRIMARY_NEED_MISSING, CLOSURE_OUTSIDE_YEAR, CLOSURE_BEFORE_REFERRAL, CLOSURE_REASON_CODE,
                PRIMARY_NEED_CODE, CLOSURE_WITHOUT_REASON, REASON_WITHOUT_CLOSURE, TWO_OPEN_EPISODES, OPEN_EPISODE_NOT_LATEST,
                EPISODES_OVERLAP, CLOSED_AS_ASSESSED_WITHOUT_ASSESSMENT, NFA_WITH_ACTIVITY, NFA_WITH_CP_PLAN, REFERRAL_SOURCE,
                CLOSED_WITH_OPEN_ASSESSMENT, CLOSED_WITH_OPEN_SECTION47);
    }

    /** 2990: an episode closed as RC8/RC9 (closed after assessment) holds no enquiry, conference, CP plan or CIN plan. */
    static final CinRule CLOSED_AS_ASSESSED_HOLDS_MORE = new ChildRule("2990", ERROR,
            "An episode closed with RC8 or RC9 still has a Section47, a CP plan, a CINdetails-level ICPC date or a CIN plan.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (closedAfterAssessment(episode)) {
                        List<String> held = new ArrayList<>();
                        if (!of(episode.section47s()).isEmpty()) {
                            held.add("a section 47 enquiry");
                        }
                        if (!of(episode.protectionPlans()).isEmpty()) {
                            held.add("a child protection plan");
                        }
                        if (episode.dateOfInitialCpc() != null) {
                            held.add("an initial conference on " + day(episode.dateOfInitialCpc()));
                        }
                        if (!of(episode.cinPlans()).isEmpty()) {
                            held.add("a child in need plan");
                        }
                        if (!held.isEmpty()) {
                            found.episode(episode, "The episode referred on " + day(episode.referralDate()) + " closed with "
                                    + episode.closureReason() + " (closed after assessment) but holds " + String.join(", ", held)
                                    + "; use another closure reason.", "ReasonForClosure", "Section47", "ChildProtectionPlans",
                                    "DateOfInitialCPC", "CINPlanDates");
                        }
                    }
                }
            });

    /** 2991Q: a section 47 enquiry without any assessment in the episode. */
    static final CinRule SECTION47_WITHOUT_ASSESSMENT = new ChildRule("2991Q", QUERY,
            "An episode has a Section47 group but no Assessments group.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (!of(episode.section47s()).isEmpty() && of(episode.assessments()).isEmpty()) {
                        found.episode(episode, "The episode referred on " + day(episode.referralDate())
                                + " has a section 47 enquiry but no assessment.", "Section47", "Assessments");
                    }
                }
            });

    /** 4000: an NFA referral has no CIN plan. */
    static final CinRule NFA_WITH_CIN_PLAN = new ChildRule("4000", ERROR, "A referral marked NFA has CIN plan dates.", (child, found) -> {
        for (CinEpisode episode : of(child.episodes())) {
            if (episode.referralNfa() && !of(episode.cinPlans()).isEmpty()) {
                found.episode(episode, "The referral on " + day(episode.referralDate())
                        + " is marked no further action but its episode has a child in need plan starting "
                        + day(of(episode.cinPlans()).get(0).startDate()) + ".", "ReferralNFA", "CINPlanDates");
            }
        }
    });

    /** 8555Q: no referral after the child's death. */
    static final CinRule REFERRAL_AFTER_DEATH = new ChildRule("8555Q", QUERY, "A referral is dated after the child's death.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (child.deathDate() != null && episode.referralDate() != null && episode.referralDate().isAfter(child.deathDate())) {
                        found.episode(episode, "The referral on " + day(episode.referralDate()) + " is after the child's death on "
                                + day(child.deathDate()) + ".", "CINreferralDate", "PersonDeathDate");
                    }
                }
            });

    /** 8565: nothing in an episode happens after it closed. */
    static final CinRule ACTIVITY_AFTER_CLOSURE = new ChildRule("8565", ERROR,
            "An episode's closure date is earlier than activity inside it (assessment start or authorisation, S47 start, ICPC, CP plan end, "
                    + "CIN plan start or end).",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    LocalDate closed = episode.closureDate();
                    if (closed == null) {
                        continue;
                    }
                    List<String> later = new ArrayList<>();
                    for (CinAssessment assessment : of(episode.assessments())) {
                        after(later, closed, "an assessment started", assessment.startDate());
                        after(later, closed, "an assessment completed", assessment.authorisationDate());
                    }
                    for (CinSection47 enquiry : of(episode.section47s())) {
                        after(later, closed, "a section 47 enquiry started", enquiry.startDate());
                        after(later, closed, "an initial conference held", enquiry.dateOfInitialCpc());
                    }
                    after(later, closed, "an initial conference held", episode.dateOfInitialCpc());
                    for (CinProtectionPlan plan : of(episode.protectionPlans())) {
                        after(later, closed, "a child protection plan ended", plan.endDate());
                    }
                    for (CinPlanPeriod plan : of(episode.cinPlans())) {
                        after(later, closed, "a child in need plan started", plan.startDate());
                        after(later, closed, "a child in need plan ended", plan.endDate());
                    }
                    if (!later.isEmpty()) {
                        found.episode(episode, "The episode closed on " + day(closed) + ", before " + String.join("; ", later) + ".",
                                "CINclosureDate", "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate",
                                "DateOfInitialCPC", "CPPendDate", "CINPlanStartDate", "CINPlanEndDate");
                    }
                }
            });

    /**
     * 8568: ReferralNFA is 0, 1, true or false. Always holds in Beacon: the model carries it as a yes
     * or no and the writer sends 0 or 1, so there is nothing to report.
     */
    static final CinRule NFA_FLAG = new ChildRule("8568", ERROR,
            "ReferralNFA is missing or not 0, 1, true or false (always met: Beacon writes 0 or 1 from a yes/no value).", (child, found) -> {
                // Nothing to check: CinEpisode.referralNfa is a boolean, written as 0 or 1.
            });

    /** 8569Q: an episode carried over from before the year (referral before 1 April minus one working day) is never NFA. */
    static final CinRule CARRIED_OVER_NFA = new ChildRule("8569Q", QUERY,
            "A referral dated before (1 April minus one working day) is flagged NFA; carried-over episodes cannot be NFA.", (child, found) -> {
                LocalDate limit = found.workingDaysBefore(found.yearStart(), 1);
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.referralNfa() && episode.referralDate() != null && episode.referralDate().isBefore(limit)) {
                        found.episode(episode, "The referral on " + day(episode.referralDate()) + " is marked no further action, but it is "
                                + "before " + day(limit) + " (one working day before the census year); an episode carried over "
                                + "from an earlier year cannot be NFA.", "CINreferralDate", "ReferralNFA");
                    }
                }
            });

    /** 8585Q: closed as died (RC2) needs a date of death. */
    static final CinRule DIED_WITHOUT_DEATH_DATE = new ChildRule("8585Q", QUERY, "Closure reason RC2 (died) but no date of death.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if ("RC2".equals(episode.closureReason()) && child.deathDate() == null) {
                        found.episode(episode, "The episode closed on " + day(episode.closureDate())
                                + " with RC2 (the child died) but no date of death is recorded for the child.", "ReasonForClosure",
                                "PersonDeathDate");
                    }
                }
            });

    /** 8590: every child in the return has an episode. */
    static final CinRule NO_EPISODE = new ChildRule("8590", ERROR, "A child has no CINdetails episode.", (child, found) -> {
        if (of(child.episodes()).isEmpty()) {
            found.child("The child has no episode of need in the census year.", "CINdetails");
        }
    });

    /** 8600: a referral date on or before the reference date. */
    static final CinRule REFERRAL_DATE = new ChildRule("8600", ERROR, "Referral date is missing or later than ReferenceDate.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.referralDate() == null) {
                        found.episode(episode, "An episode has no referral date.", "CINreferralDate");
                    } else if (episode.referralDate().isAfter(found.referenceDate())) {
                        found.episode(episode, "The referral on " + day(episode.referralDate()) + " is after the census date "
                                + day(found.referenceDate()) + ".", "CINreferralDate");
                    }
                }
            });

    /** 8606: a referral at most 280 days (40 weeks) before the date or expected date of birth. */
    static final CinRule REFERRAL_BEFORE_BIRTH = new ChildRule("8606", ERROR,
            "Referral is more than 280 days (40 weeks) before the date of birth or expected date of birth.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    LocalDate referred = episode.referralDate();
                    if (referred == null) {
                        continue;
                    }
                    if (child.birthDate() != null && referred.isBefore(child.birthDate().minusDays(280))) {
                        found.episode(episode, "The referral on " + day(referred) + " is more than 40 weeks before the date of birth "
                                + day(child.birthDate()) + ".", "CINreferralDate", "PersonBirthDate");
                    } else if (child.expectedBirthDate() != null && referred.isBefore(child.expectedBirthDate().minusDays(280))) {
                        found.episode(episode, "The referral on " + day(referred) + " is more than 40 weeks before the expected date of birth "
                                + day(child.expectedBirthDate()) + ".", "CINreferralDate", "ExpectedPersonBirthDate");
                    }
                }
            });

    /** 8610: an episode that is not NFA has a primary need. */
    static final CinRule PRIMARY_NEED_MISSING = new ChildRule("8610", ERROR, "A non-NFA episode has no PrimaryNeedCode.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (!episode.referralNfa() && episode.primaryNeed() == null) {
                        found.episode(episode, "The episode referred on " + day(episode.referralDate())
                                + " has no primary need; every referral that is not NFA needs one (N0 to N9).", "PrimaryNeedCode",
                                "ReferralNFA");
                    }
                }
            });

    /** 8620: a closure date within the census year. */
    static final CinRule CLOSURE_OUTSIDE_YEAR = new ChildRule("8620", ERROR, "An episode closure date is outside the census year.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.closureDate() != null && !found.inYear(episode.closureDate())) {
                        found.episode(episode, "The episode referred on " + day(episode.referralDate()) + " closed on "
                                + day(episode.closureDate()) + ", outside the census year " + day(found.yearStart()) + " to "
                                + day(found.referenceDate()) + ".", "CINclosureDate");
                    }
                }
            });

    /** 8630: an episode closes on or after its referral. */
    static final CinRule CLOSURE_BEFORE_REFERRAL = new ChildRule("8630", ERROR, "An episode closes before its referral date.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.closureDate() != null && episode.referralDate() != null && episode.closureDate().isBefore(episode.referralDate())) {
                        found.episode(episode, "The episode closed on " + day(episode.closureDate()) + ", before the referral on "
                                + day(episode.referralDate()) + ".", "CINclosureDate", "CINreferralDate");
                    }
                }
            });

    /** 8640: closure reasons RC1 to RC9. */
    static final CinRule CLOSURE_REASON_CODE = new ChildRule("8640", ERROR, "ReasonForClosure is not RC1-RC9.", (child, found) -> {
        for (CinEpisode episode : of(child.episodes())) {
            if (episode.closureReason() != null && !CinCodeLists.CLOSURE_REASONS.contains(episode.closureReason())) {
                found.episode(episode, "The closure reason " + quoted(episode.closureReason()) + " is not one of RC1 to RC9.",
                        "ReasonForClosure");
            }
        }
    });

    /** 8650: primary needs N0 to N9. */
    static final CinRule PRIMARY_NEED_CODE = new ChildRule("8650", ERROR, "PrimaryNeedCode is not N0-N9.", (child, found) -> {
        for (CinEpisode episode : of(child.episodes())) {
            if (episode.primaryNeed() != null && !CinCodeLists.PRIMARY_NEEDS.contains(episode.primaryNeed())) {
                found.episode(episode, "The primary need " + quoted(episode.primaryNeed()) + " is not one of N0 to N9.", "PrimaryNeedCode");
            }
        }
    });

    /** 8805: a closure date comes with a reason. */
    static final CinRule CLOSURE_WITHOUT_REASON = new ChildRule("8805", ERROR, "Closure date given without a closure reason.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.closureDate() != null && episode.closureReason() == null) {
                        found.episode(episode, "The episode closed on " + day(episode.closureDate()) + " has no reason for closure.",
                                "CINclosureDate", "ReasonForClosure");
                    }
                }
            });

    /** 8810: a closure reason comes with a date. */
    static final CinRule REASON_WITHOUT_CLOSURE = new ChildRule("8810", ERROR, "Closure reason given without a closure date.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.closureReason() != null && episode.closureDate() == null) {
                        found.episode(episode, "The episode referred on " + day(episode.referralDate()) + " has closure reason "
                                + episode.closureReason() + " but no closure date.", "ReasonForClosure", "CINclosureDate");
                    }
                }
            });

    /** 8815: at most one open episode that is not NFA. */
    static final CinRule TWO_OPEN_EPISODES = new ChildRule("8815", ERROR, "A child has more than one open (no closure date) non-NFA episode.",
            (child, found) -> {
                List<CinEpisode> open = of(child.episodes()).stream().filter(e -> e.closureDate() == null && !e.referralNfa()).toList();
                if (open.size() > 1) {
                    found.episode(open.get(0), "The child has " + open.size() + " open episodes that are not NFA (referred "
                            + String.join(", ", open.stream().map(e -> day(e.referralDate())).toList())
                            + "); only one may be open: close the earlier one.", "CINclosureDate", "ReferralNFA");
                }
            });

    /** 8816: the open episode that is not NFA is the latest referral. */
    static final CinRule OPEN_EPISODE_NOT_LATEST = new ChildRule("8816", ERROR,
            "The open non-NFA episode is not the child's most recent referral.", (child, found) -> {
                LocalDate latest = null;
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.referralDate() != null && (latest == null || episode.referralDate().isAfter(latest))) {
                        latest = episode.referralDate();
                    }
                }
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.closureDate() == null && !episode.referralNfa() && episode.referralDate() != null
                            && episode.referralDate().isBefore(latest)) {
                        found.episode(episode, "The episode referred on " + day(episode.referralDate())
                                + " is still open but is not the latest referral (" + day(latest) + "); close it or correct the dates.",
                                "CINreferralDate", "CINclosureDate", "ReferralNFA");
                    }
                }
            });

    /**
     * 8820: episodes do not overlap: no referral falls inside another episode (from its referral to its
     * closure, or to the reference date when it is open and not NFA). Closing and re-referring on the
     * same day is allowed.
     */
    static final CinRule EPISODES_OVERLAP = new ChildRule("8820", ERROR,
            "A child's episodes overlap: a referral date falls inside another episode (referral to closure, or referral to ReferenceDate "
                    + "when that episode is open and not NFA).",
            (child, found) -> {
                List<CinEpisode> episodes = of(child.episodes());
                for (CinEpisode episode : episodes) {
                    LocalDate referred = episode.referralDate();
                    if (referred == null) {
                        continue;
                    }
                    for (CinEpisode other : episodes) {
                        if (other == episode || other.referralDate() == null || referred.isBefore(other.referralDate())) {
                            continue;
                        }
                        if (referred.equals(other.referralDate()) && episodes.indexOf(other) > episodes.indexOf(episode)) {
                            continue; // two referrals on the same day: report the pair once, on the later episode
                        }
                        boolean inside = other.closureDate() != null ? referred.isBefore(other.closureDate())
                                : !other.referralNfa() && !referred.isAfter(found.referenceDate());
                        if (inside) {
                            found.episode(episode, "The referral on " + day(referred) + " falls inside the episode referred on "
                                    + day(other.referralDate()) + (other.closureDate() == null ? ", which is still open"
                                            : " and closed on " + day(other.closureDate())) + "; episodes may not overlap.",
                                    "CINreferralDate", "CINclosureDate");
                            break;
                        }
                    }
                }
            });

    /** 8825Q: an episode closed after assessment (RC8/RC9) holds an assessment. */
    static final CinRule CLOSED_AS_ASSESSED_WITHOUT_ASSESSMENT = new ChildRule("8825Q", QUERY,
            "Closure reason RC8 or RC9 but the episode has no Assessments group.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (closedAfterAssessment(episode) && of(episode.assessments()).isEmpty()) {
                        found.episode(episode, "The episode closed on " + day(episode.closureDate()) + " with " + episode.closureReason()
                                + " (closed after assessment) but has no assessment.", "ReasonForClosure", "Assessments");
                    }
                }
            });

    /** 8831: an NFA referral holds no assessment, section 47 enquiry or initial conference. */
    static final CinRule NFA_WITH_ACTIVITY = new ChildRule("8831", ERROR,
            "An NFA episode carries assessment dates, a Section 47 start or an ICPC date.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (!episode.referralNfa()) {
                        continue;
                    }
                    List<String> held = new ArrayList<>();
                    for (CinAssessment assessment : of(episode.assessments())) {
                        if (assessment.startDate() != null || assessment.authorisationDate() != null) {
                            held.add("an assessment started " + day(assessment.startDate()));
                        }
                    }
                    for (CinSection47 enquiry : of(episode.section47s())) {
                        if (enquiry.startDate() != null) {
                            held.add("a section 47 enquiry started " + day(enquiry.startDate()));
                        }
                        if (enquiry.dateOfInitialCpc() != null) {
                            held.add("an initial conference on " + day(enquiry.dateOfInitialCpc()));
                        }
                    }
                    if (episode.dateOfInitialCpc() != null) {
                        held.add("an initial conference on " + day(episode.dateOfInitialCpc()));
                    }
                    if (!held.isEmpty()) {
                        found.episode(episode, "The referral on " + day(episode.referralDate()) + " is marked no further action but its "
                                + "episode holds " + String.join(", ", held) + ".", "ReferralNFA", "AssessmentActualStartDate",
                                "AssessmentAuthorisationDate", "S47ActualStartDate", "DateOfInitialCPC");
                    }
                }
            });

    /** 8832: an NFA referral holds no child protection plan. */
    static final CinRule NFA_WITH_CP_PLAN = new ChildRule("8832", ERROR, "An NFA episode carries a CP plan.", (child, found) -> {
        for (CinEpisode episode : of(child.episodes())) {
            if (episode.referralNfa() && !of(episode.protectionPlans()).isEmpty()) {
                found.episode(episode, "The referral on " + day(episode.referralDate())
                        + " is marked no further action but its episode has a child protection plan starting "
                        + day(of(episode.protectionPlans()).get(0).startDate()) + ".", "ReferralNFA", "ChildProtectionPlans");
            }
        }
    });

    /**
     * 8866: a listed referral source. DfE applies it to referrals from 1 April 2013; Beacon checks every
     * referral, because the schema requires ReferralSource on every episode.
     */
    static final CinRule REFERRAL_SOURCE = new ChildRule("8866", ERROR,
            "ReferralSource is missing or not a listed code (DfE: referrals from 1 April 2013; Beacon checks every referral, as the schema "
                    + "requires it).",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (!CinCodeLists.REFERRAL_SOURCES.contains(episode.referralSource())) {
                        found.episode(episode, episode.referralSource() == null
                                ? "The referral on " + day(episode.referralDate()) + " has no referral source."
                                : "The referral source " + quoted(episode.referralSource()) + " of the referral on " + day(episode.referralDate())
                                        + " is not one of DfE's codes.", "ReferralSource", "CINreferralDate");
                    }
                }
            });

    /** 8867: every assessment is completed before the episode closes. */
    static final CinRule CLOSED_WITH_OPEN_ASSESSMENT = new ChildRule("8867", ERROR,
            "A closed episode has an assessment with no authorisation date.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.closureDate() == null) {
                        continue;
                    }
                    for (CinAssessment assessment : of(episode.assessments())) {
                        if (assessment.authorisationDate() == null) {
                            found.assessment(assessment, "The episode closed on " + day(episode.closureDate()) + " but the assessment started "
                                    + day(assessment.startDate()) + " has no completion (authorisation) date.", "CINclosureDate",
                                    "AssessmentAuthorisationDate");
                        }
                    }
                }
            });

    /** 8868: every section 47 enquiry has its conference, or is marked as not needing one, before the episode closes. */
    static final CinRule CLOSED_WITH_OPEN_SECTION47 = new ChildRule("8868", ERROR,
            "A closed episode has a Section47 with neither an ICPC date nor ICPCnotRequired true.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    if (episode.closureDate() == null) {
                        continue;
                    }
                    for (CinSection47 enquiry : of(episode.section47s())) {
                        if (enquiry.dateOfInitialCpc() == null && !enquiry.icpcNotRequired()) {
                            found.section47(enquiry, "The episode closed on " + day(episode.closureDate()) + " but the section 47 enquiry started "
                                    + day(enquiry.startDate()) + " has no initial conference date and is not marked as needing none.",
                                    "CINclosureDate", "DateOfInitialCPC", "ICPCnotRequired");
                        }
                    }
                }
            });

    static boolean closedAfterAssessment(CinEpisode episode) {
        return "RC8".equals(episode.closureReason()) || "RC9".equals(episode.closureReason());
    }

    private static void after(List<String> later, LocalDate closed, String what, LocalDate when) {
        if (when != null && when.isAfter(closed)) {
            later.add(what + " on " + day(when));
        }
    }
}
