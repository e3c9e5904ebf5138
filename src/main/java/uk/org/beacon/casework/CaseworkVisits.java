package uk.org.beacon.casework;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The latest visit and recent notes for the child's record page (which has checked access and audited the view). */
@Component
class CaseworkVisits {

    private static final int RECENT = 5;

    private final CaseNotes notes;

    CaseworkVisits(CaseNotes notes) {
        this.notes = notes;
    }

    CaseNoteSummary latest(UUID childId) {
        return notes.latestVisit(childId).orElse(null);
    }

    List<CaseNoteSummary> recentNotes(UUID childId) {
        return notes.recent(childId, RECENT);
    }
}
