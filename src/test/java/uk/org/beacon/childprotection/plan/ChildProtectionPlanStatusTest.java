package uk.org.beacon.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.org.beacon.StatusDiagrams;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanRules.Status;

class ChildProtectionPlanStatusTest {

    @Test
    void aRunningPlanEndsAtAReviewOrIsTakenOverByAnotherAuthorityAndAnEndedPlanIsFinal() {
        assertThat(ChildProtectionPlanRules.allowed(Status.RUNNING, Status.ENDED)).isTrue();
        assertThat(ChildProtectionPlanRules.allowed(Status.RUNNING, Status.TRANSFERRED_OUT)).isTrue();
        assertThat(ChildProtectionPlanRules.allowed(Status.ENDED, Status.TRANSFERRED_OUT)).isFalse();
        assertThat(ChildProtectionPlanRules.TRANSITIONS.get(Status.TRANSFERRED_OUT)).isEmpty();

        String diagram = StatusDiagrams.render("Child protection plan: allowed status changes", Status.RUNNING, ChildProtectionPlanRules.TRANSITIONS,
                s -> switch (s) {
                    case RUNNING -> "Running (started by an initial or a transfer-in conference)";
                    case ENDED -> "Ended by a review conference, with the reason and step-down";
                    case TRANSFERRED_OUT -> "Taken over by another authority's transfer-in conference";
                });
        assertThat(diagram).contains("RUNNING --> ENDED", "RUNNING --> TRANSFERRED_OUT", "ENDED --> [*]");
        StatusDiagrams.write("child-protection-plan.md", diagram);
    }
}
