package uk.org.beacon.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

/** Running clocks of children on the real database, read "as at" past days. */
class ClocksIntegrationTest extends BeaconIntegrationTest {

    @Autowired Clocks clocks;
    @Autowired AuditTrail audit;

    private static <T> T worker(java.util.function.Supplier<T> work) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", work);
    }

    @Test
    void anAssessmentClockFromAReferralOnMonday16December2024IsDueOnThursday20February2025AndAnyPastDayIsReproduced() {
        UUID child = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        UUID id = worker(() -> clocks.start("T2", child, "REFERRAL", referral, LocalDate.of(2024, 12, 16)));

        ClockSummary inJanuary = clocks.find(id, LocalDate.of(2025, 1, 10));
        assertThat(inJanuary.due()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(inJanuary.state()).isEqualTo(ClockState.RUNNING);
        assertThat(inJanuary.open()).isTrue();

        assertThatThrownBy(() -> worker(() -> clocks.stop(id, LocalDate.of(2025, 2, 24), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("lateReasonCode", "lateReasonText")
                        .hasEntrySatisfying("lateReasonCode", m -> assertThat(m).contains("was due by 2025-02-20")));
        assertThat(clocks.find(id, LocalDate.of(2025, 3, 1)).state()).isEqualTo(ClockState.OVERDUE);

        worker(() -> clocks.stop(id, LocalDate.of(2025, 2, 24), new LateReason("FAMILY_UNAVAILABLE", "Family abroad for two weeks")));

        assertThat(clocks.find(id, LocalDate.of(2025, 2, 21)).state()).isEqualTo(ClockState.OVERDUE);
        ClockSummary after = clocks.find(id, LocalDate.of(2025, 3, 1));
        assertThat(after.state()).isEqualTo(ClockState.MET_LATE);
        assertThat(after.daysLate()).isEqualTo(2);
        assertThat(after.lateReasonCode()).isEqualTo("FAMILY_UNAVAILABLE");
        assertThat(after.lateReasonText()).isEqualTo("Family abroad for two weeks");
        assertThat(clocks.openFor(List.of(child), LocalDate.of(2025, 2, 21))).extracting(ClockSummary::id).containsExactly(id);
        assertThat(clocks.openFor(List.of(child), LocalDate.of(2025, 3, 1))).isEmpty();
        assertThat(clocks.openFor(List.of(child), LocalDate.of(2024, 12, 15))).isEmpty();
        assertThat(audit.forSubject(id, 10)).hasSize(2);
    }

    @Test
    void startingTheSameClockTwiceKeepsOneAndAStopInTheFutureOrBeforeTheStartIsRefused() {
        UUID child = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        UUID first = worker(() -> clocks.start("T1", child, "REFERRAL", subject, LocalDate.of(2025, 6, 2)));
        UUID again = worker(() -> clocks.start("T1", child, "REFERRAL", subject, LocalDate.of(2025, 6, 2)));

        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> worker(() -> clocks.stop(first, clocks.today().plusDays(1), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("stoppedOn"));
        assertThatThrownBy(() -> worker(() -> clocks.stop(first, LocalDate.of(2025, 6, 1), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("stoppedOn"));
        assertThatThrownBy(() -> worker(() -> clocks.start("T1", child, "REFERRAL", subject, clocks.today().plusDays(3))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aVisitStopsTheChildInNeedVisitClockAndTheNextRunsFromTheVisitItselfNotFromTheOldDueDate() {
        UUID child = UUID.randomUUID();
        UUID first = worker(() -> clocks.start("T10", child, "VISITS", child, LocalDate.of(2025, 1, 6)));
        assertThat(clocks.find(first, LocalDate.of(2025, 1, 6)).due()).isEqualTo(LocalDate.of(2025, 2, 3));

        List<ClockSummary> next = worker(() -> clocks.repeat(child, List.of("T9", "T10"), LocalDate.of(2025, 1, 20), null));

        assertThat(next).singleElement().satisfies(c -> {
            assertThat(c.ruleId()).isEqualTo("T10");
            assertThat(c.startedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
            assertThat(c.due()).isEqualTo(LocalDate.of(2025, 2, 17));
        });
        assertThat(clocks.find(first, LocalDate.of(2025, 3, 1)).state()).isEqualTo(ClockState.MET);
        assertThat(clocks.forChild(child, LocalDate.of(2025, 3, 1))).hasSize(2);
        assertThat(clocks.forChild(child, LocalDate.of(2025, 1, 10))).extracting(ClockSummary::id).containsExactly(first);
    }

    @Test
    void aLateVisitNeedsAReasonAndTheNextVisitIsStillDueFromTheActualVisit() {
        UUID child = UUID.randomUUID();
        UUID first = worker(() -> clocks.start("T10", child, "VISITS", child, LocalDate.of(2025, 1, 6)));

        assertThat(clocks.lateIfStoppedOn(first, LocalDate.of(2025, 2, 5))).isTrue();
        assertThat(clocks.lateIfStoppedOn(first, LocalDate.of(2025, 2, 3))).isFalse();
        assertThatThrownBy(() -> worker(() -> clocks.repeat(child, List.of("T10"), LocalDate.of(2025, 2, 5), null)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(clocks.openFor(List.of(child), LocalDate.of(2025, 2, 5))).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo(first));

        List<ClockSummary> next = worker(() -> clocks.repeat(child, List.of("T10"), LocalDate.of(2025, 2, 5),
                new LateReason("CHILD_UNAVAILABLE", "Child in hospital for a week")));

        assertThat(next).singleElement().satisfies(c -> assertThat(c.due()).isEqualTo(LocalDate.of(2025, 3, 5)));
        assertThat(clocks.find(first, LocalDate.of(2025, 3, 1)).state()).isEqualTo(ClockState.MET_LATE);
    }

    @Test
    void aPausedAssessmentClockMovesItsDueDateOutByTheWorkingDaysPaused() {
        UUID child = UUID.randomUUID();
        UUID id = worker(() -> clocks.start("T2", child, "REFERRAL", UUID.randomUUID(), LocalDate.of(2025, 3, 3)));
        LocalDate due = clocks.find(id, LocalDate.of(2025, 3, 3)).due();

        worker(() -> clocks.pause(id, LocalDate.of(2025, 3, 10), "Child admitted to hospital"));
        assertThat(clocks.find(id, LocalDate.of(2025, 3, 12)).paused()).isTrue();
        worker(() -> clocks.resume(id, LocalDate.of(2025, 3, 17)));

        ClockSummary resumed = clocks.find(id, LocalDate.of(2025, 3, 20));
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.pausedDays()).isEqualTo(7);
        assertThat(resumed.due()).isAfter(due);
        assertThat(clocks.find(id, LocalDate.of(2025, 3, 7)).due()).isEqualTo(due);
        assertThatThrownBy(() -> worker(() -> clocks.resume(id, LocalDate.of(2025, 3, 18))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aClockThatNoLongerAppliesIsEndedWithAReasonAndNeverCountsAsLate() {
        UUID child = UUID.randomUUID();
        UUID id = worker(() -> clocks.start("T10", child, "VISITS", child, LocalDate.of(2025, 4, 1)));
        long version = clocks.find(id, LocalDate.of(2025, 4, 1)).version();

        assertThatThrownBy(() -> worker(() -> clocks.end(id, version, LocalDate.of(2025, 4, 10), " ")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("endReason"));
        worker(() -> clocks.end(id, version, LocalDate.of(2025, 4, 10), "Child in need plan ended"));

        assertThat(clocks.find(id, LocalDate.of(2025, 6, 1))).satisfies(c -> {
            assertThat(c.open()).isFalse();
            assertThat(c.endReason()).isEqualTo("Child in need plan ended");
        });
        assertThat(clocks.openFor(List.of(child), LocalDate.of(2025, 4, 9))).hasSize(1);
        assertThat(clocks.openFor(List.of(child), LocalDate.of(2025, 6, 1))).isEmpty();
        assertThatThrownBy(() -> worker(() -> clocks.end(id, version, LocalDate.of(2025, 4, 11), "Again")))
                .isInstanceOf(EditConflictException.class);
    }
}
