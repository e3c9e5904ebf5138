package uk.org.beacon.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

class PlansIntegrationTest extends BeaconIntegrationTest {

    @Autowired Plans plans;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private static <T> T worker(java.util.function.Supplier<T> work) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", work);
    }

    @Test
    void aPlanKeepsEveryEditAndWithdrawnActionAndRefusesStaleChanges() {
        LocalDate today = LocalDate.now(clock);
        UUID child = worker(() -> people.register(PersonTestData.child("Tam", "Planful", LocalDate.of(2015, 2, 3))).id());
        UUID planId = worker(() -> plans.create("test-owner", UUID.randomUUID(), child));
        PlanDetails plan = worker(() -> plans.addOutcome(planId, 0, "Tam sleeps in his own bed every night"));
        UUID outcome = plan.outcomes().get(0).id();
        assertThatThrownBy(() -> worker(() -> plans.addOutcome(planId, 0, "Stale")))
                .as("the plan changed since version 0").isInstanceOf(EditConflictException.class);

        ActionSaved saved = worker(() -> plans.addAction(outcome, plan.version(), new PlanActionContent("Buy a bed and bedding for Tam",
                "Ms Ada Planful", "Mother", null, "Tam has his own bed", today.plusWeeks(2), false)));
        PlanActionSummary action = saved.action();
        ActionSaved edited = worker(() -> plans.editAction(action.id(), action.version(), new PlanActionContent("Collect the bed from the charity shop",
                "Ms Ada Planful", "Mother", null, "Tam has his own bed", today.plusWeeks(3), false)));
        assertThat(edited.action().action()).isEqualTo("Collect the bed from the charity shop");
        assertThat(edited.action().earlierVersions()).isEqualTo(1);
        assertThatThrownBy(() -> worker(() -> plans.editAction(action.id(), action.version(), new PlanActionContent("Lost update", "X", null, null,
                "Y", today, false)))).isInstanceOf(EditConflictException.class);

        assertThatThrownBy(() -> worker(() -> plans.withdrawAction(action.id(), edited.action().version(), " ")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("withdrawnReason"));
        PlanActionSummary withdrawn = worker(() -> plans.withdrawAction(action.id(), edited.action().version(), "The family bought a bed themselves"));
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(worker(() -> plans.find(planId)).outcomes().get(0).actions()).hasSize(1);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM planning.plan_action WHERE id = :id").param("id", action.id()).update())
                .hasMessageContaining("never deleted");
        assertThat(jdbc.sql("SELECT action FROM planning.plan_action_history WHERE action_id = :id").param("id", action.id()).query(String.class).list())
                .containsExactly("Buy a bed and bedding for Tam");

        worker(() -> {
            plans.close(planId, today);
            return null;
        });
        assertThatThrownBy(() -> worker(() -> plans.addOutcome(planId, worker(() -> plans.find(planId)).version(), "After the end")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("plan"));
    }
}
