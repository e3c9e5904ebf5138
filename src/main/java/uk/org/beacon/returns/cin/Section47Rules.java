package uk.org.beacon.returns.cin;

import static uk.org.beacon.returns.cin.CinRuleKind.ERROR;
import static uk.org.beacon.returns.cin.CinRuleKind.QUERY;
import static uk.org.beacon.returns.cin.Findings.day;
import static uk.org.beacon.returns.cin.Findings.of;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules on section 47 enquiries ({@code Section47}) and initial child protection conferences,
 * recorded on the enquiry or, for a conference with no enquiry in the return, on the episode
 * ({@code CINdetails/DateOfInitialCPC}). Beacon applies 1104, 8715 and 8875 to both places (the
 * community validator checks only the enquiry's date).
 */
final class Section47Rules {

    private Section47Rules() {}

    static List<CinRule> all() {
        return List.of(CONFERENCE_BEFORE_REFERRAL, CONFERENCE_RECORDED_TWICE, BEFORE_REFERRAL, STARTS_AFTER_CONFERENCE, AWAITING_CONFERENCE,
                CONFERENCE_OUTSIDE_YEAR, OPEN_STARTED_OUTSIDE_YEAR, TWO_OPEN, TARGET_AT_WEEKEND, CONFERENCE_AT_WEEKEND, OVERLAPPING,
                START_MISSING);
    }

    /** 1104: an initial conference on or after the episode's referral (enquiry-level and, in Beacon, episode-level). */
    static final CinRule CONFERENCE_BEFORE_REFERRAL = new ChildRule("1104", ERROR,
            "An initial CP conference is dated before the episode's referral date (Beacon checks the Section47 and the CINdetails "
                    + "DateOfInitialCPC; the community validator only the Section47 one).",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    LocalDate referred = episode.referralDate();
                    if (referred == null) {
                        continue;
                    }
                    for (CinSection47 enquiry : of(episode.section47s())) {
                        if (enquiry.dateOfInitialCpc() != null && enquiry.dateOfInitialCpc().isBefore(referred)) {
                            found.section47(enquiry, "The initial conference on " + day(enquiry.dateOfInitialCpc()) + " is before the referral on "
                                    + day(referred) + ".", "Section47/DateOfInitialCPC", "CINreferralDate");
                        }
                    }
                    if (episode.dateOfInitialCpc() != null && episode.dateOfInitialCpc().isBefore(referred)) {
                        found.episode(episode, "The initial conference recorded on the episode (" + day(episode.dateOfInitialCpc())
                                + ") is before the referral on " + day(referred) + ".", "CINdetails/DateOfInitialCPC", "CINreferralDate");
                    }
                }
            });

    /** 2884: each conference recorded once, on an enquiry or on an episode (compared across the child's episodes, as DfE's rule). */
    static final CinRule CONFERENCE_RECORDED_TWICE = new ChildRule("2884", ERROR,
            "The same initial CP conference is recorded on both the Section47 group and the CINdetails group; record it in one place only.",
            (child, found) -> {
                Set<LocalDate> onEnquiries = new HashSet<>();
                forEachEnquiry(child, (episode, enquiry) -> onEnquiries.add(enquiry.dateOfInitialCpc()));
                for (CinEpisode episode : of(child.episodes())) {
                    LocalDate onEpisode = episode.dateOfInitialCpc();
                    if (onEpisode != null && onEnquiries.contains(onEpisode)) {
                        found.episode(episode, "The initial conference on " + day(onEpisode)
                                + " is recorded both on its section 47 enquiry and on the episode; record it only on the enquiry.",
                                "Section47/DateOfInitialCPC", "CINdetails/DateOfInitialCPC");
                    }
                }
            });

    /** 2889: an enquiry starts on or after the episode's referral. */
    static final CinRule BEFORE_REFERRAL = new ChildRule("2889", ERROR, "A Section 47 enquiry starts before the episode's referral date.",
            (child, found) -> forEachEnquiry(child, (episode, enquiry) -> {
                if (enquiry.startDate() != null && episode.referralDate() != null && enquiry.startDate().isBefore(episode.referralDate())) {
                    found.section47(enquiry, "The section 47 enquiry started on " + day(enquiry.startDate()) + ", before the referral on "
                            + day(episode.referralDate()) + ".", "S47ActualStartDate", "CINreferralDate");
                }
            }));

    /** 8615: an enquiry with a conference has a start on or before it. */
    static final CinRule STARTS_AFTER_CONFERENCE = new ChildRule("8615", ERROR,
            "A Section47 group has an ICPC date but its start date is missing or later than the ICPC.", (child, found) -> forEachEnquiry(child,
                    (episode, enquiry) -> {
                        LocalDate conference = enquiry.dateOfInitialCpc();
                        if (conference == null) {
                            return;
                        }
                        if (enquiry.startDate() == null) {
                            found.section47(enquiry, "The section 47 enquiry that led to the initial conference on " + day(conference)
                                    + " has no start date.", "S47ActualStartDate", "DateOfInitialCPC");
                        } else if (enquiry.startDate().isAfter(conference)) {
                            found.section47(enquiry, "The section 47 enquiry started on " + day(enquiry.startDate())
                                    + ", after its initial conference on " + day(conference) + ".", "S47ActualStartDate", "DateOfInitialCPC");
                        }
                    }));

    /**
     * 8675Q: an enquiry awaiting its conference (no ICPC, conference not marked as not needed) started
     * more than 15 working days before the census date; Beacon also says when it is already overdue as at
     * the day the data was taken. (The community validator's version compares the other way round.)
     */
    static final CinRule AWAITING_CONFERENCE = new ChildRule("8675Q", QUERY,
            "A Section47 with no ICPC and ICPCnotRequired false started more than 15 working days before ReferenceDate (Beacon also says "
                    + "when it is already overdue as at the day the data was taken).",
            (child, found) -> {
                LocalDate limit = found.workingDaysBefore(found.referenceDate(), 15);
                boolean early = found.asAt().isBefore(found.referenceDate());
                LocalDate limitNow = early ? found.workingDaysBefore(found.asAt(), 15) : limit;
                forEachEnquiry(child, (episode, enquiry) -> {
                    LocalDate started = enquiry.startDate();
                    if (enquiry.dateOfInitialCpc() != null || enquiry.icpcNotRequired() || started == null || !started.isBefore(limit)) {
                        return;
                    }
                    if (early && started.isBefore(limitNow)) {
                        found.section47(enquiry, "As at " + day(found.asAt()) + " the section 47 enquiry started on " + day(started)
                                + " has waited more than 15 working days for its initial conference.", "S47ActualStartDate",
                                "DateOfInitialCPC", "ICPCnotRequired");
                    } else {
                        found.section47(enquiry, "The section 47 enquiry started on " + day(started) + " has no initial conference: at the census date "
                                + day(found.referenceDate()) + " it will have waited more than 15 working days.", "S47ActualStartDate",
                                "DateOfInitialCPC", "ICPCnotRequired");
                    }
                });
            });

    /** 8715: an initial conference within the census year (enquiry-level and, in Beacon, episode-level). */
    static final CinRule CONFERENCE_OUTSIDE_YEAR = new ChildRule("8715", ERROR,
            "An initial CP conference date is outside the census year (Beacon checks the Section47 and the CINdetails DateOfInitialCPC; "
                    + "the community validator only the Section47 one).",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinSection47 enquiry : of(episode.section47s())) {
                        if (enquiry.dateOfInitialCpc() != null && !found.inYear(enquiry.dateOfInitialCpc())) {
                            found.section47(enquiry, "The initial conference on " + day(enquiry.dateOfInitialCpc()) + " is outside the census year "
                                    + day(found.yearStart()) + " to " + day(found.referenceDate()) + ".", "Section47/DateOfInitialCPC");
                        }
                    }
                    if (episode.dateOfInitialCpc() != null && !found.inYear(episode.dateOfInitialCpc())) {
                        found.episode(episode, "The initial conference recorded on the episode (" + day(episode.dateOfInitialCpc())
                                + ") is outside the census year " + day(found.yearStart()) + " to " + day(found.referenceDate()) + ".",
                                "CINdetails/DateOfInitialCPC");
                    }
                }
            });

    /** 8740: an enquiry awaiting its conference started within the census year. */
    static final CinRule OPEN_STARTED_OUTSIDE_YEAR = new ChildRule("8740", ERROR,
            "A Section47 with no ICPC and ICPCnotRequired false started outside the census year.", (child, found) -> forEachEnquiry(child,
                    (episode, enquiry) -> {
                        if (awaitingConference(enquiry) && enquiry.startDate() != null && !found.inYear(enquiry.startDate())) {
                            found.section47(enquiry, "The section 47 enquiry started on " + day(enquiry.startDate())
                                    + " is awaiting its initial conference and started outside the census year " + day(found.yearStart())
                                    + " to " + day(found.referenceDate()) + ".", "S47ActualStartDate");
                        }
                    }));

    /** 8839: at most one enquiry awaiting its conference in an episode. */
    static final CinRule TWO_OPEN = new ChildRule("8839", ERROR,
            "An episode has two or more Section47 groups still open (no ICPC and ICPCnotRequired not true).", (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    List<CinSection47> open = of(episode.section47s()).stream().filter(Section47Rules::awaitingConference).toList();
                    if (open.size() > 1) {
                        found.section47(open.get(0), "The episode referred on " + day(episode.referralDate()) + " has " + open.size()
                                + " section 47 enquiries awaiting an initial conference (started "
                                + String.join(", ", open.stream().map(s -> day(s.startDate())).toList()) + "); only one may be open.",
                                "DateOfInitialCPC", "ICPCnotRequired");
                    }
                }
            });

    /** 8870Q: a conference target date on a weekday. */
    static final CinRule TARGET_AT_WEEKEND = new ChildRule("8870Q", QUERY, "InitialCPCtarget falls on a Saturday or Sunday.",
            (child, found) -> forEachEnquiry(child, (episode, enquiry) -> {
                if (weekend(enquiry.initialCpcTarget())) {
                    found.section47(enquiry, "The initial conference target date " + day(enquiry.initialCpcTarget()) + " is a "
                            + dayName(enquiry.initialCpcTarget()) + ".", "InitialCPCtarget");
                }
            }));

    /** 8875: a conference held on a weekday (enquiry-level and, in Beacon, episode-level). */
    static final CinRule CONFERENCE_AT_WEEKEND = new ChildRule("8875", ERROR,
            "An initial CP conference date falls on a Saturday or Sunday (Beacon checks the Section47 and the CINdetails DateOfInitialCPC; "
                    + "the community validator only the Section47 one).",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    for (CinSection47 enquiry : of(episode.section47s())) {
                        if (weekend(enquiry.dateOfInitialCpc())) {
                            found.section47(enquiry, "The initial conference date " + day(enquiry.dateOfInitialCpc()) + " is a "
                                    + dayName(enquiry.dateOfInitialCpc()) + ".", "Section47/DateOfInitialCPC");
                        }
                    }
                    if (weekend(episode.dateOfInitialCpc())) {
                        found.episode(episode, "The initial conference recorded on the episode (" + day(episode.dateOfInitialCpc()) + ") is a "
                                + dayName(episode.dateOfInitialCpc()) + ".", "CINdetails/DateOfInitialCPC");
                    }
                }
            });

    /**
     * 8890: within an episode an enquiry does not start while another runs (from its start to its
     * conference, both days included, or to the reference date while it awaits one).
     */
    static final CinRule OVERLAPPING = new ChildRule("8890", ERROR,
            "Within an episode a Section 47 starts while another is still running (to its ICPC, or to ReferenceDate if open and not "
                    + "'ICPC not required').",
            (child, found) -> {
                for (CinEpisode episode : of(child.episodes())) {
                    List<CinSection47> enquiries = of(episode.section47s());
                    for (int i = 0; i < enquiries.size(); i++) {
                        CinSection47 enquiry = enquiries.get(i);
                        for (int j = 0; j < enquiries.size(); j++) {
                            CinSection47 other = enquiries.get(j);
                            LocalDate end = other.dateOfInitialCpc();
                            if (i == j || end == null && other.icpcNotRequired()) {
                                continue;
                            }
                            if (CinPlanRules.startsWithin(enquiry.startDate(), other.startDate(), end, found.referenceDate(), i, j)) {
                                found.section47(enquiry, "The section 47 enquiry started on " + day(enquiry.startDate())
                                        + " while the enquiry started on " + day(other.startDate())
                                        + (end == null ? " was awaiting its conference." : " was running (conference " + day(end) + ")."),
                                        "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired");
                                break;
                            }
                        }
                    }
                }
            });

    /** B08 (Beacon): an enquiry without a start date cannot be written; 8615 reports it when the enquiry has a conference. */
    static final CinRule START_MISSING = new ChildRule("B08", ERROR,
            "Beacon: a section 47 enquiry with no initial conference has no start date (S47ActualStartDate); the schema cannot hold it.",
            (child, found) -> forEachEnquiry(child, (episode, enquiry) -> {
                if (enquiry.startDate() == null && enquiry.dateOfInitialCpc() == null) {
                    found.section47(enquiry, "A section 47 enquiry in the episode referred on " + day(episode.referralDate())
                            + " has no start date.", "S47ActualStartDate");
                }
            }));

    @FunctionalInterface
    interface EnquiryVisit {
        void visit(CinEpisode episode, CinSection47 enquiry);
    }

    static void forEachEnquiry(CinChild child, EnquiryVisit visit) {
        for (CinEpisode episode : of(child.episodes())) {
            for (CinSection47 enquiry : of(episode.section47s())) {
                visit.visit(episode, enquiry);
            }
        }
    }

    static boolean awaitingConference(CinSection47 enquiry) {
        return enquiry.dateOfInitialCpc() == null && !enquiry.icpcNotRequired();
    }

    private static boolean weekend(LocalDate day) {
        return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    private static String dayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
