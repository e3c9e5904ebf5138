package uk.org.beacon.returns.cin;

import static uk.org.beacon.returns.cin.CinRuleKind.ERROR;
import static uk.org.beacon.returns.cin.CinRuleKind.QUERY;
import static uk.org.beacon.returns.cin.Findings.codes;
import static uk.org.beacon.returns.cin.Findings.day;
import static uk.org.beacon.returns.cin.Findings.of;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rules on child and family assessments ({@code Assessments}): dates, timeliness and the factors identified. */
final class AssessmentRules {

    private AssessmentRules() {}

    static List<CinRule> all() {
        return List.of(BEFORE_REFERRAL, COMPLETED_BEFORE_START, FACTORS_BEFORE_COMPLETION, OPEN_TOO_LONG, COMPLETED_OUTSIDE_YEAR,
                OPEN_STARTED_OUTSIDE_YEAR, OVERLAPPING, NO_FACTORS_WITH_OTHERS, NO_FACTORS_NOT_CLOSED, TWO_OPEN, FACTORS_MISSING,
                FACTOR_REPEATED, RETIRED_PHYSICAL_ABUSE, RETIRED_SEXUAL_ABUSE, START_MISSING, FACTOR_CODE);
    }

    /** 1103: an assessment starts on or after its episode's referral. */
    static final CinRule BEFORE_REFERRAL = new ChildRule("1103", ERROR, "An assessment starts before its episode's referral date.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        if (assessment.startDate() != null && episode.referralDate() != null
                                && assessment.startDate().isBefore(episode.referralDate())) {
                            found.assessment(assessment, "The assessment started on " + day(assessment.startDate()) + ", before the referral on "
                                    + day(episode.referralDate()) + ".", "AssessmentActualStartDate", "CINreferralDate");
                        }
                    }
                }
            });

    /** 8608: an assessment is completed on or after it starts. */
    static final CinRule COMPLETED_BEFORE_START = new ChildRule("8608", ERROR,
            "An assessment's authorisation (completion) date is before its start date.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        if (assessment.startDate() != null && assessment.authorisationDate() != null
                                && assessment.authorisationDate().isBefore(assessment.startDate())) {
                            found.assessment(assessment, "The assessment was completed on " + day(assessment.authorisationDate())
                                    + ", before it started on " + day(assessment.startDate()) + ".", "AssessmentActualStartDate",
                                    "AssessmentAuthorisationDate");
                        }
                    }
                }
            });

    /** 8614: factors only on a completed assessment. */
    static final CinRule FACTORS_BEFORE_COMPLETION = new ChildRule("8614", ERROR,
            "Assessment factors are recorded on an assessment with no authorisation date.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        if (assessment.authorisationDate() == null && !of(assessment.factors()).isEmpty()) {
                            found.assessment(assessment, "The assessment started on " + day(assessment.startDate()) + " is not completed but has factors "
                                    + codes(of(assessment.factors())) + "; factors are recorded when the assessment is authorised.",
                                    "AssessmentFactors", "AssessmentAuthorisationDate");
                        }
                    }
                }
            });

    /**
     * 8670Q: an assessment still open more than 45 working days after it started, at the census date.
     * When the data is taken before the census date, Beacon also warns about assessments already
     * overdue on that day (early warning; such an assessment is always overdue at the census date too).
     */
    static final CinRule OPEN_TOO_LONG = new ChildRule("8670Q", QUERY,
            "An open assessment started more than 45 working days before ReferenceDate (Beacon also says when it is already overdue as at "
                    + "the day the data was taken).",
            (child, found) -> {
                LocalDate limit = found.workingDaysBefore(found.referenceDate(), 45);
                boolean early = found.asAt().isBefore(found.referenceDate());
                LocalDate limitNow = early ? found.workingDaysBefore(found.asAt(), 45) : limit;
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        LocalDate started = assessment.startDate();
                        if (assessment.authorisationDate() != null || started == null || !started.isBefore(limit)) {
                            continue;
                        }
                        if (early && started.isBefore(limitNow)) {
                            found.assessment(assessment, "As at " + day(found.asAt()) + " the assessment started on " + day(started)
                                    + " has been open more than 45 working days and has no completion date.", "AssessmentActualStartDate",
                                    "AssessmentAuthorisationDate");
                        } else {
                            found.assessment(assessment, "The assessment started on " + day(started) + " has no completion date: at the census date "
                                    + day(found.referenceDate()) + " it will have been open more than 45 working days.",
                                    "AssessmentActualStartDate", "AssessmentAuthorisationDate");
                        }
                    }
                }
            });

    /** 8696: an assessment completed within the census year. */
    static final CinRule COMPLETED_OUTSIDE_YEAR = new ChildRule("8696", ERROR, "An assessment authorisation date is outside the census year.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        if (assessment.authorisationDate() != null && !found.inYear(assessment.authorisationDate())) {
                            found.assessment(assessment, "The assessment was completed on " + day(assessment.authorisationDate())
                                    + ", outside the census year " + day(found.yearStart()) + " to " + day(found.referenceDate()) + ".",
                                    "AssessmentAuthorisationDate");
                        }
                    }
                }
            });

    /** 8736: an open assessment started within the census year. */
    static final CinRule OPEN_STARTED_OUTSIDE_YEAR = new ChildRule("8736", ERROR,
            "An open assessment (no authorisation date) started outside the census year.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        if (assessment.authorisationDate() == null && assessment.startDate() != null && !found.inYear(assessment.startDate())) {
                            found.assessment(assessment, "The assessment started on " + day(assessment.startDate())
                                    + " has no completion date and started outside the census year " + day(found.yearStart()) + " to "
                                    + day(found.referenceDate()) + ".", "AssessmentActualStartDate");
                        }
                    }
                }
            });

    /**
     * 8863Q: within an episode an assessment does not start while another is running (from its start
     * to its completion, both days included, or to the reference date while it is open).
     */
    static final CinRule OVERLAPPING = new ChildRule("8863Q", QUERY,
            "Within an episode an assessment starts while another assessment is still running (open ones run to ReferenceDate).",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    List<CinAssessment> assessments = of(episode.assessments());
                    for (int i = 0; i < assessments.size(); i++) {
                        CinAssessment assessment = assessments.get(i);
                        LocalDate started = assessment.startDate();
                        if (started == null) {
                            continue;
                        }
                        for (int j = 0; j < assessments.size(); j++) {
                            CinAssessment other = assessments.get(j);
                            if (i == j || other.startDate() == null || started.isBefore(other.startDate())
                                    || started.equals(other.startDate()) && j > i) {
                                continue;
                            }
                            LocalDate runsTo = other.authorisationDate() != null ? other.authorisationDate() : found.referenceDate();
                            if (!started.isAfter(runsTo)) {
                                found.assessment(assessment, "The assessment started on " + day(started) + " while the assessment started on "
                                        + day(other.startDate()) + (other.authorisationDate() == null ? " was still open."
                                                : " was running (completed " + day(other.authorisationDate()) + ")."),
                                        "AssessmentActualStartDate", "AssessmentAuthorisationDate");
                                break;
                            }
                        }
                    }
                }
            });

    /** 8869: factor 21 (no factors identified) stands alone. */
    static final CinRule NO_FACTORS_WITH_OTHERS = new ChildRule("8869", ERROR, "Factor 21 (no factors) is combined with other factors.",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        List<String> factors = of(assessment.factors());
                        if (factors.contains("21") && factors.stream().anyMatch(f -> !"21".equals(f))) {
                            found.assessment(assessment, "The assessment completed on " + day(assessment.authorisationDate())
                                    + " records 21 (no factors identified) together with other factors (" + codes(factors) + ").",
                                    "AssessmentFactors");
                        }
                    }
                }
            });

    /** 8873Q: an episode whose only assessment found no factors (21) closes as RC8 or RC9. */
    static final CinRule NO_FACTORS_NOT_CLOSED = new ChildRule("8873Q", QUERY,
            "An episode whose only assessment records factor 21 is not closed with RC8 or RC9.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    List<CinAssessment> assessments = of(episode.assessments());
                    if (assessments.size() == 1 && of(assessments.get(0).factors()).contains("21") && !CinDetailsRules.closedAfterAssessment(episode)) {
                        found.episode(episode, "The only assessment in the episode referred on " + day(episode.referralDate())
                                + " found no factors (21), so the episode should close with RC8 or RC9"
                                + (episode.closureReason() == null ? " (it is still open)." : ", not " + episode.closureReason() + "."),
                                "AssessmentFactors", "ReasonForClosure");
                    }
                }
            });

    /** 8896: at most one open assessment in an episode. */
    static final CinRule TWO_OPEN = new ChildRule("8896", ERROR, "An episode has two or more open assessments.", (child, found) -> {
        for (CinEpisode episode : of(child.episodes())) {
            List<CinAssessment> open = of(episode.assessments()).stream().filter(a -> a.authorisationDate() == null).toList();
            if (open.size() > 1) {
                found.assessment(open.get(0), "The episode referred on " + day(episode.referralDate()) + " has " + open.size()
                        + " assessments with no completion date (started " + String.join(", ", open.stream().map(a -> day(a.startDate())).toList())
                        + "); only one may be open.", "AssessmentAuthorisationDate");
            }
        }
    });

    /** 8897Q: an assessment completed in the year records at least one factor, each a valid code. */
    static final CinRule FACTORS_MISSING = new ChildRule("8897Q", QUERY,
            "An assessment completed on or after 1 April of the census year has no valid factor codes.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        LocalDate completed = assessment.authorisationDate();
                        if (completed == null || completed.isBefore(found.yearStart())) {
                            continue;
                        }
                        List<String> factors = of(assessment.factors());
                        List<String> invalid = factors.stream().filter(f -> !CinCodeLists.FACTORS.contains(f)).toList();
                        if (factors.isEmpty()) {
                            found.assessment(assessment, "The assessment completed on " + day(completed)
                                    + " records no factors; record those identified, or 21 if none were.", "AssessmentAuthorisationDate",
                                    "AssessmentFactors");
                        } else if (!invalid.isEmpty()) {
                            found.assessment(assessment, "The assessment completed on " + day(completed) + " records " + codes(invalid)
                                    + ", not a valid factor code.", "AssessmentAuthorisationDate", "AssessmentFactors");
                        }
                    }
                }
            });

    /** 8898: a factor once per assessment. */
    static final CinRule FACTOR_REPEATED = new ChildRule("8898", ERROR, "A factor code is repeated within one assessment.", (child, found) -> {
        for (CinEpisode episode : of(child.episodes())) {
            for (CinAssessment assessment : of(episode.assessments())) {
                Set<String> seen = new HashSet<>();
                Set<String> repeated = new LinkedHashSet<>();
                for (String factor : of(assessment.factors())) {
                    if (!seen.add(factor)) {
                        repeated.add(factor);
                    }
                }
                if (!repeated.isEmpty()) {
                    found.assessment(assessment, "The assessment started on " + day(assessment.startDate()) + " records factor "
                            + codes(new java.util.ArrayList<>(repeated)) + " more than once.", "AssessmentFactors");
                }
            }
        }
    });

    /** 8945Q (from 2024-25): factor 18A was split into 18B and 18C. Fires on real returns, unlike the community validator's. */
    static final CinRule RETIRED_PHYSICAL_ABUSE = retired("8945Q", "18A", "18B (by another child) or 18C (by an adult)", "physical abuse");

    /** 8950Q (from 2024-25): factor 19A was split into 19B and 19C. */
    static final CinRule RETIRED_SEXUAL_ABUSE = retired("8950Q", "19A", "19B (by another child) or 19C (by an adult)", "sexual abuse");

    /** B06 (Beacon): an assessment without a start date cannot be written (AssessmentActualStartDate is mandatory). */
    static final CinRule START_MISSING = new ChildRule("B06", ERROR,
            "Beacon: an assessment has no start date (AssessmentActualStartDate); the schema cannot hold it.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        if (assessment.startDate() == null) {
                            found.assessment(assessment, "An assessment in the episode referred on " + day(episode.referralDate())
                                    + " has no start date.", "AssessmentActualStartDate");
                        }
                    }
                }
            });

    /** B07 (Beacon): a factor code outside the schema's list cannot be written (8897Q only queries it). */
    static final CinRule FACTOR_CODE = new ChildRule("B07", ERROR,
            "Beacon: an assessment factor code is not in DfE's list; the schema cannot hold it.", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinAssessment assessment : of(episode.assessments())) {
                        List<String> invalid = of(assessment.factors()).stream().filter(f -> !CinCodeLists.FACTORS.contains(f)).toList();
                        if (!invalid.isEmpty()) {
                            found.assessment(assessment, "The assessment started on " + day(assessment.startDate()) + " records "
                                    + codes(invalid) + ", not a factor code in DfE's list.", "AssessmentFactors");
                        }
                    }
                }
            });

    private static CinRule retired(String rule, String code, String instead, String what) {
        return new ChildRule(rule, QUERY, 2025, "Factor " + code + " (" + what + ", retired) is used; use " + instead + " (from 2024-25).",
                (child, found) -> {
                    for (CinEpisode episode : of(child.episodes())) {
                        for (CinAssessment assessment : of(episode.assessments())) {
                            if (of(assessment.factors()).contains(code)) {
                                found.assessment(assessment, "The assessment completed on " + day(assessment.authorisationDate()) + " records "
                                        + code + " (" + what + "), which is retired; record " + instead + ".", "AssessmentFactors");
                            }
                        }
                    }
                });
    }
}
