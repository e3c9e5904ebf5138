package uk.org.beacon.casework;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The worker's case notes still in draft, for "my work". */
@Component
class CaseworkDrafts {

    private final CaseNotes notes;

    CaseworkDrafts(CaseNotes notes) {
        this.notes = notes;
    }

    List<MyWork.DraftNote> of(UUID staffId) {
        return notes.draftsOf(staffId);
    }
}
