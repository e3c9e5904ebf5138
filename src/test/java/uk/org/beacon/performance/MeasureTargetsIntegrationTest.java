package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.audit.AuditRecord;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

/**
 * A change of target applies from the day it is made: figures as at yesterday keep yesterday's
 * target and RAG, today's use the new one, on the board and on the measure alike, and the change
 * is in the audit trail. The measure's original target is put back (a new dated change) at the end.
 */
class MeasureTargetsIntegrationTest extends MeasureIntegrationTest {

    /**
     * Percentages no other test asserts the RAG of (the browser journey and the page test use
     * others): the first with a figure today between 1% and 99%, so that a target can move its RAG.
     */
    static final List<String> CANDIDATES = List.of("T2_IN_TIME", "FD_RE_REFERRALS", "ICPC_IN_TIME", "CPP_SECOND_EVER");

    @Autowired MeasureTargets targets;
    @Autowired AuditTrail audit;
    @Autowired Staff staff;

    @Test
    void asAtYesterdayUsesYesterdaysTargetAndTodayTheNewOneAndTheChangeIsAudited() {
        LocalDate today = scorecards.today();
        LocalDate yesterday = today.minusDays(1);
        MeasureResult todayBefore = CANDIDATES.stream()
                .map(id -> read(() -> scorecards.result(scorecards.measure(id, today).orElseThrow(), Level.authority(), today, null)))
                .filter(r -> r.measure().target() != null && r.value() != null && r.value().compareTo(BigDecimal.ONE) >= 0
                        && r.value().compareTo(BigDecimal.valueOf(99)) <= 0)
                .findFirst().orElseThrow(() -> new AssertionError("no figure between 1% and 99% today among " + CANDIDATES));
        String measure = todayBefore.measure().id();
        Measure original = todayBefore.measure();
        Measure before = read(() -> scorecards.measure(measure, yesterday).orElseThrow());
        BigDecimal value = todayBefore.value();

        // a target that moves today's RAG: amber (within the tolerance) unless it already is, then on target
        boolean wasAmber = todayBefore.rag() == Rag.AMBER;
        BigDecimal tolerance = new BigDecimal("1");
        BigDecimal step = new BigDecimal("0.5");
        BigDecimal newTarget = wasAmber ? value
                : original.polarity() == Polarity.HIGHER_IS_BETTER ? value.add(step) : value.subtract(step);
        Rag expected = MeasureRules.rag(original.polarity(), newTarget, tolerance, value);
        assertThat(expected).isNotEqualTo(todayBefore.rag());

        TargetChange change = read(() -> targets.change(measure, original.version(), newTarget.toPlainString(), tolerance.toPlainString(),
                "Board raised the bar for initial conferences"));
        try {
            assertThat(change.validFrom()).isEqualTo(today);
            assertThat(change.who()).isEqualTo(staff.findByUsername("quality").orElseThrow().displayName());

            MeasureResult now = read(() -> scorecards.result(original, Level.authority(), today, null));
            assertThat(now.measure().target()).isEqualByComparingTo(newTarget);
            assertThat(now.measure().amberTolerance()).isEqualByComparingTo(tolerance);
            assertThat(now.rag()).isEqualTo(expected);

            MeasureResult then = read(() -> scorecards.result(original, Level.authority(), yesterday, null));
            assertThat(then.measure().target()).isEqualByComparingTo(before.target());
            assertThat(then.measure().amberTolerance()).isEqualByComparingTo(before.amberTolerance());
            assertThat(then.rag()).isEqualTo(MeasureRules.rag(before.polarity(), before.target(), before.amberTolerance(), then.value()));

            // the board reads the same targets in force, in its one statement for the measures
            MeasureResult boardToday = onBoard(measure, today);
            assertThat(boardToday.measure().target()).isEqualByComparingTo(newTarget);
            assertThat(boardToday.rag()).isEqualTo(expected);
            assertThat(onBoard(measure, yesterday).measure().target()).isEqualByComparingTo(before.target());

            List<AuditRecord> trail = audit.forSubject(change.id(), 5);
            assertThat(trail).hasSize(1);
            AuditRecord line = trail.get(0);
            assertThat(line.action()).isEqualTo("CHANGED");
            assertThat(line.subjectType()).isEqualTo("MEASURE_TARGET");
            assertThat(line.actorId()).isEqualTo(staff.findByUsername("quality").orElseThrow().id());
            assertThat(line.reason()).isEqualTo("Board raised the bar for initial conferences");
            assertThat(line.detail()).contains(measure)
                    .contains(original.target().stripTrailingZeros().toPlainString())
                    .contains(newTarget.stripTrailingZeros().toPlainString())
                    .contains(today.toString());

            assertThat(read(() -> targets.history(measure))).first().isEqualTo(change);

            // a stale version is an edit conflict: nothing is changed
            assertThatThrownBy(() -> read(() -> targets.change(measure, original.version(), "50", "5", "Stale")))
                    .isInstanceOf(EditConflictException.class);
            assertThatThrownBy(() -> read(() -> targets.change(measure, original.version() + 1, "150", "-1", "")))
                    .isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsOnlyKeys("target", "amberTolerance", "reason"));
        } finally {
            long version = read(() -> scorecards.measure(measure).orElseThrow()).version();
            read(() -> targets.change(measure, version, original.target().toPlainString(), original.amberTolerance().toPlainString(),
                    "Back to the original target after the test"));
        }
        assertThat(read(() -> scorecards.result(original, Level.authority(), today, null)).rag()).isEqualTo(todayBefore.rag());
    }

    private MeasureResult onBoard(String measure, LocalDate day) {
        return read(() -> scorecards.scorecard(Level.authority(), day, null)).stream().filter(r -> r.measure().id().equals(measure))
                .findFirst().orElseThrow();
    }
}
