package uk.org.beacon.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.assessment.AssessmentSummary;
import uk.org.beacon.assessment.Assessments;

/**
 * The child's assessments on their record page: each with its status, start, due date (T2) or
 * authorisation date and outcome, linked to the assessment (the page has already checked access
 * and audited the view).
 */
@Component
class AssessmentRecordSection implements ChildRecordSection {

    /** What the panel shows. */
    record Panel(UUID childId, List<AssessmentSummary> assessments, java.time.LocalDate today) {}

    private final Assessments assessments;

    AssessmentRecordSection(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "casework/_assessments :: section";
    }

    @Override
    public Map<String, Object> model(UUID childId) {
        return Map.of("assessmentPanel", new Panel(childId, assessments.forChild(childId), assessments.today()));
    }
}
