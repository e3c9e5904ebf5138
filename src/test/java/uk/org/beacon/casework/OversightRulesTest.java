package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OversightRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 14, 0);

    @Test
    void aDecisionNeedsWhatWasDecidedAndWhyAndHappenedNoLaterThanNow() {
        assertThat(OversightRules.checkDecision(new ManagementDecisionRecord(NOW.minusHours(2), "Proceed to assessment",
                "Concerns of neglect over time; the family agree.", null), NOW)).isEmpty();
        assertThat(OversightRules.checkDecision(new ManagementDecisionRecord(NOW.plusMinutes(1), "", "Because", null), NOW))
                .containsOnlyKeys("decidedAt", "decision", "rationale");
    }

    @Test
    void supervisionNeedsTheDiscussionTheReflectionAndCompleteActionsDueAfterIt() {
        LocalDate held = NOW.toLocalDate();
        UUID worker = UUID.randomUUID();
        assertThat(OversightRules.checkSupervision(new SupervisionRecord(held, worker, "Discussed the plan", "Progress is fragile",
                List.of(new SupervisionRecord.Action("Visit school", worker, held.plusDays(7)))), held)).isEmpty();
        assertThat(OversightRules.checkSupervision(new SupervisionRecord(held.plusDays(1), null, "", "",
                List.of(new SupervisionRecord.Action("", null, held.minusDays(1)))), held))
                .containsOnlyKeys("heldOn", "workerId", "summary", "analysis", "actions[0].action", "actions[0].ownerId", "actions[0].dueOn");
    }

    @Test
    void returningAnItemNeedsTheReasonAuthorisingDoesNot() {
        assertThat(OversightRules.checkAuthorisationDecision(true, null)).isEmpty();
        assertThat(OversightRules.checkAuthorisationDecision(false, "short")).containsKey("rationale");
        assertThat(OversightRules.checkAuthorisationDecision(null, null)).containsKey("outcome");
    }
}
