package uk.org.beacon.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.RuleViolationException;

/** The SMART editor's forms as every plan's page posts them, without Spring: where the page goes, or which fields carry the messages. */
class SmartFormsTest {

    private static final UUID ACTION = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID OUTCOME = UUID.fromString("00000000-0000-0000-0000-00000000b001");

    private static EditConflictException conflict() {
        return new EditConflictException(List.of(new FieldDifference("Plan", "theirs", "yours")), 3);
    }

    @Test
    void anOutcomeIsSavedOrItsMessagesGoToTheNewOutcomeFieldKeepingWhatWasTyped() {
        AtomicReference<String> saved = new AtomicReference<>();
        assertThat(SmartForms.addOutcome("Tilly is safe at home", saved::set).anchor()).isEmpty();
        assertThat(saved.get()).isEqualTo("Tilly is safe at home");

        SmartForms.Posted refused = SmartForms.addOutcome(" ", o -> {
            throw new RuleViolationException(Map.of("outcome", "Say what we want to be different for the child"));
        });
        assertThat(refused.saved()).isFalse();
        assertThat(refused.errors()).containsOnlyKeys("outcome-new");
        assertThat(refused.draftTarget()).isEqualTo("outcome");
        assertThat(refused.draft()).containsEntry("outcome", " ");
        assertThat(SmartForms.addOutcome("x", o -> {
            throw conflict();
        }).errors().get("outcome-new")).contains("changed since you opened it");
    }

    @Test
    void progressAndWithdrawingGoBackToTheActionOrCarryTheirMessagesAtThatActionsFields() {
        AtomicReference<PlanActionStatus> status = new AtomicReference<>();
        SmartForms.Posted done = SmartForms.progress(ACTION, "DONE", "Lock fitted", (s, n) -> status.set(s));
        assertThat(done.anchor()).isEqualTo("#action-" + ACTION);
        assertThat(status.get()).isEqualTo(PlanActionStatus.DONE);
        assertThat(SmartForms.progress(ACTION, "", "A note", (s, n) -> {
            assertThat(s).isNull();
            throw new RuleViolationException(Map.of("status", "Say where the action stands"));
        }).errors()).containsOnlyKeys("status-" + ACTION);
        assertThat(SmartForms.progress(ACTION, "ON_TRACK", null, (s, n) -> {
            throw conflict();
        }).errors()).containsOnlyKeys("note-" + ACTION);

        assertThat(SmartForms.withdraw(ACTION, "No longer needed", r -> { }).anchor()).isEqualTo("#action-" + ACTION);
        SmartForms.Posted refused = SmartForms.withdraw(ACTION, "", r -> {
            throw new RuleViolationException(Map.of("withdrawnReason", "Say why the action is withdrawn"));
        });
        assertThat(refused.errors()).containsOnlyKeys("withdrawnReason-" + ACTION);
        assertThat(refused.draftTarget()).isEqualTo(ACTION.toString());
        assertThat(SmartForms.withdraw(ACTION, "x", r -> {
            throw conflict();
        }).errors()).containsOnlyKeys("withdrawnReason-" + ACTION);
    }

    @Test
    void anActionWithABadDateIsCheckedInFullAtTheOutcomesFields() {
        SmartForms.Posted refused = SmartForms.addAction(OUTCOME, Map.of("action", "", "dueOnDay", "31", "dueOnMonth", "2", "dueOnYear", "2026"),
                LocalDate.of(2026, 3, 23), c -> {
                    throw new IllegalStateException("not saved with a bad date");
                });
        assertThat(refused.errors()).containsKeys("dueOn-" + OUTCOME, "action-" + OUTCOME);
        assertThat(refused.draftTarget()).isEqualTo(OUTCOME.toString());
    }
}
