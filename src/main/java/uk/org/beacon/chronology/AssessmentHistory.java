package uk.org.beacon.chronology;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.assessment.HistoryConsidered;
import uk.org.beacon.assessment.HistoryLine;

/**
 * The child's significant chronology entries, newest first, shown beside the assessment form's
 * "history considered" section (the assessment page has already opened the child's record).
 */
@Component
class AssessmentHistory implements HistoryConsidered {

    private static final int LINES = 40;

    private final ChronologyEntries chronology;

    AssessmentHistory(ChronologyEntries chronology) {
        this.chronology = chronology;
    }

    @Override
    public List<HistoryLine> forChild(UUID childId) {
        return chronology.latestSignificant(childId, LINES).stream()
                .map(e -> new HistoryLine(e.occurredOn(), e.type().label(), e.title()))
                .toList();
    }
}
