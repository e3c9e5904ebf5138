package uk.org.beacon.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.beacon.StatusDiagrams;

class AssessmentStatusTest {

    @Test
    void anAssessmentGoesToTheManagerComesBackWithCommentsAndOnceAuthorisedNeverChangesAgain() {
        assertThat(AssessmentStatus.DRAFT.next()).containsExactly(AssessmentStatus.SUBMITTED);
        assertThat(AssessmentStatus.SUBMITTED.next()).containsExactlyInAnyOrder(AssessmentStatus.RETURNED, AssessmentStatus.AUTHORISED);
        assertThat(AssessmentStatus.RETURNED.next()).containsExactly(AssessmentStatus.SUBMITTED);
        assertThat(AssessmentStatus.AUTHORISED.next()).isEmpty();
        assertThat(Arrays.stream(AssessmentStatus.values()).filter(AssessmentStatus::editable))
                .containsExactlyInAnyOrder(AssessmentStatus.DRAFT, AssessmentStatus.RETURNED);

        Map<AssessmentStatus, Set<AssessmentStatus>> table = new EnumMap<>(AssessmentStatus.class);
        Arrays.stream(AssessmentStatus.values()).forEach(s -> table.put(s, s.next()));
        String diagram = StatusDiagrams.render("Child and family assessment: allowed status changes", AssessmentStatus.DRAFT, table,
                AssessmentStatus::label);
        assertThat(diagram).contains("SUBMITTED --> AUTHORISED", "AUTHORISED --> [*]");
        StatusDiagrams.write("assessment.md", diagram);
    }
}
