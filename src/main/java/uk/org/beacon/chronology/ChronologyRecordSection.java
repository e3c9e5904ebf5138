package uk.org.beacon.chronology;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.casework.ChildRecordSection;

/**
 * The chronology's panel on the child's record page: the latest significant entries, how many
 * still need their impact recorded, and the way to the full chronology. Partner professionals do
 * not see it (the page has already checked access to the child and audited the view).
 */
@Component
class ChronologyRecordSection implements ChildRecordSection {

    static final int LATEST = 10;

    /** What the panel shows. */
    record Panel(UUID childId, boolean visible, List<ChronologyEntryDetails> latest, long impactNotRecorded) {}

    private final ChronologyEntries chronology;

    ChronologyRecordSection(ChronologyEntries chronology) {
        this.chronology = chronology;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "chronology/record-section :: section";
    }

    @Override
    public Map<String, Object> model(UUID childId) {
        if (!chronology.decide(childId).allowed()) {
            return Map.of("chronologyPanel", new Panel(childId, false, List.of(), 0));
        }
        return Map.of("chronologyPanel", new Panel(childId, true, chronology.latestSignificant(childId, LATEST),
                chronology.impactNotRecorded(childId)));
    }
}
