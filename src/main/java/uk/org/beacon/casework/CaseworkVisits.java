package uk.org.beacon.casework;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The latest visit and recent notes for the child's record page. */
@Component
class CaseworkVisits {

    Object latest(UUID childId) {
        return null;
    }

    List<Object> recentNotes(UUID childId) {
        return List.of();
    }
}
