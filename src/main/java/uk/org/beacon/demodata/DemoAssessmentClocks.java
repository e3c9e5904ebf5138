package uk.org.beacon.demodata;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;

/**
 * Until assessments are recorded in Beacon (the assessment stage), the demo's older referrals
 * would all show an assessment clock (T2) running for months. This closes most of them the way
 * assessments end nationally — most within 45 working days, about one in six late with a reason —
 * and leaves the recent ones running, so worklists and figures look like a working authority's.
 */
@Component
class DemoAssessmentClocks {

    private static final List<LateReason> LATE = List.of(
            new LateReason("FAMILY_UNAVAILABLE", "Family cancelled two planned visits; assessment completed once they engaged."),
            new LateReason("PARTNER_INFORMATION", "Waited for the health visitor's and school's information before the analysis."),
            new LateReason("WORKER_CAPACITY", "Allocated worker on long-term sick leave; reallocated part way through."),
            new LateReason("COMPLEXITY", "Several children and two households; more time needed to see each child."),
            new LateReason("INTERPRETER", "Family's first language is Tigrinya; interpreter availability delayed the visits."));

    private final Clocks clocks;
    private final WorkingDays workingDays;

    DemoAssessmentClocks(Clocks clocks, WorkingDays workingDays) {
        this.clocks = clocks;
        this.workingDays = workingDays;
    }

    /** Returns how many assessment clocks it stopped. */
    int complete(Collection<UUID> children, Random random) {
        LocalDate today = clocks.today();
        int stopped = 0;
        for (ClockSummary clock : clocks.openFor(children, today)) {
            if (!clock.ruleId().equals("T2")) {
                continue;
            }
            int roll = random.nextInt(100);
            int workingDaysTaken = roll < 8 ? 5 + random.nextInt(10) : roll < 83 ? 15 + random.nextInt(31) : 46 + random.nextInt(30);
            LocalDate completed = workingDays.addWorkingDays(clock.startedOn(), workingDaysTaken);
            if (completed.isAfter(today)) {
                continue;
            }
            clocks.stop(clock.id(), completed, workingDaysTaken > 45 ? LATE.get(random.nextInt(LATE.size())) : null);
            stopped++;
        }
        return stopped;
    }
}
