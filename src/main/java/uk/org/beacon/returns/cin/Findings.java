package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.returns.CensusYear;

/**
 * What one rule reads while it runs over a return (the census year, its reference date, the day the
 * data was taken, working days) and where it reports breaches: each report names the record that
 * holds the data to fix (the child, episode, assessment, plan or enquiry) and carries the rule's
 * number and kind. One instance serves one rule for one run; {@link #about} moves it to the next child.
 */
final class Findings {

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CinRuleInfo info;
    private final CinRuleContext context;
    private final List<CinBreach> breaches;
    private final Map<LocalDate, Map<Integer, LocalDate>> before = new HashMap<>();
    private CinChild child;

    Findings(CinRuleInfo info, CinRuleContext context, List<CinBreach> breaches) {
        this.info = info;
        this.context = context;
        this.breaches = breaches;
    }

    Findings about(CinChild child) {
        this.child = child;
        return this;
    }

    CinReturn census() {
        return context.census();
    }

    CensusYear year() {
        return context.census().year();
    }

    /** 31 March ending the census year. */
    LocalDate referenceDate() {
        return year().referenceDate();
    }

    /** 1 April starting the census year. */
    LocalDate yearStart() {
        return year().start();
    }

    /** The day the data was taken; the reference date when none was given. */
    LocalDate asAt() {
        return context.asAt() == null ? referenceDate() : context.asAt();
    }

    /** Whether {@code day} is within the census year (1 April to ReferenceDate, both included). */
    boolean inYear(LocalDate day) {
        return year().contains(day);
    }

    WorkingDays workingDays() {
        return context.workingDays();
    }

    /** The day {@code n} working days before {@code day} (bank holidays and weekends skipped), remembered for the run. */
    LocalDate workingDaysBefore(LocalDate day, int n) {
        return before.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(n, count -> {
            WorkingDays calendar = workingDays();
            LocalDate back = day;
            int counted = 0;
            while (counted < count) {
                back = back.minusDays(1);
                if (calendar.isWorkingDay(back)) {
                    counted++;
                }
            }
            return back;
        });
    }

    void child(String message, String... fields) {
        add(message, fields, "CHILD", child.personId());
    }

    void episode(CinEpisode episode, String message, String... fields) {
        add(message, fields, "EPISODE", episode.episodeId());
    }

    void assessment(CinAssessment assessment, String message, String... fields) {
        add(message, fields, "ASSESSMENT", assessment.assessmentId());
    }

    void cinPlan(CinPlanPeriod plan, String message, String... fields) {
        add(message, fields, "CIN_PLAN", plan.cinPlanId());
    }

    void section47(CinSection47 enquiry, String message, String... fields) {
        add(message, fields, "SECTION_47", enquiry.enquiryId());
    }

    void cpPlan(CinProtectionPlan plan, String message, String... fields) {
        add(message, fields, "CP_PLAN", plan.cpPlanId());
    }

    /** A return-level breach: no child attached. */
    void whole(String message, String... fields) {
        breaches.add(new CinBreach(info.rule(), info.kind(), message, null, null, List.of(fields), "RETURN", null));
    }

    private void add(String message, String[] fields, String sourceKind, java.util.UUID sourceId) {
        breaches.add(new CinBreach(info.rule(), info.kind(), message, child.personId(), child.laChildId(), Arrays.asList(fields),
                sourceKind, sourceId));
    }

    /** "3 March 2026"; "no date" for a missing one. */
    static String day(LocalDate date) {
        return date == null ? "no date" : date.format(SPOKEN);
    }

    /** "3A, 16A". */
    static String codes(Collection<String> codes) {
        return String.join(", ", codes.stream().map(c -> c == null ? "(blank)" : c).toList());
    }

    /** "ABC" in quotes, or "nothing" for a missing value. */
    static String quoted(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }

    /** The list, or an empty one for {@code null}. */
    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : list;
    }
}
