package uk.org.beacon.casework;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The worker's case notes still in draft, for "my work". */
@Component
class CaseworkDrafts {

    List<MyWork.DraftNote> of(UUID staffId) {
        return List.of();
    }
}
