package uk.org.beacon.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.org.beacon.childprotection.conference.ConferenceSummary;
import uk.org.beacon.childprotection.conference.Conferences;

/**
 * The child's child protection conferences on their record page: each conference's status, due date
 * (T5), when it is or was held, and the decision. Not shown to those who may not read conferences
 * (partner professionals).
 */
@Component
class ConferenceRecordSection implements ChildRecordSection {

    record Panel(boolean visible, List<ConferenceSummary> conferences) {}

    private final Conferences conferences;

    ConferenceRecordSection(Conferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "casework/_conferences :: section";
    }

    @Override
    public Map<String, Object> model(UUID childId) {
        try {
            return Map.of("conferencePanel", new Panel(true, conferences.forRecordPage(childId)));
        } catch (AccessDeniedException e) {
            return Map.of("conferencePanel", new Panel(false, List.of()));
        }
    }
}
