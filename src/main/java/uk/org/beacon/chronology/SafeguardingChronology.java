package uk.org.beacon.chronology;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.childprotection.Section47EnquiryConcluded;
import uk.org.beacon.childprotection.Section47EnquiryStarted;
import uk.org.beacon.childprotection.StrategyDiscussionHeld;

/**
 * Strategy discussions and section 47 enquiries in the child's chronology: each discussion, the
 * start of an enquiry and its signed-off outcome. All are significant: they are the moments the
 * authority decided whether the child is suffering, or likely to suffer, significant harm.
 */
@Component
class SafeguardingChronology {

    private static final String CHILD_PROTECTION = "childprotection";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final ChronologyEntries chronology;

    SafeguardingChronology(ChronologyEntries chronology) {
        this.chronology = chronology;
    }

    @ApplicationModuleListener
    void on(StrategyDiscussionHeld e) {
        String what = e.meeting() ? "Strategy meeting" : "Strategy discussion";
        String title = what + (e.section47() ? ": section 47 enquiry to start" : ": no section 47 enquiry");
        chronology.record(PracticeEvent.at(CHILD_PROTECTION, e.discussionId(), EntryType.STRATEGY_DISCUSSION, e.childId(), e.heldAt(), title,
                e.summary(), what, true));
    }

    @ApplicationModuleListener
    void on(Section47EnquiryStarted e) {
        chronology.record(PracticeEvent.on(CHILD_PROTECTION, e.enquiryId(), EntryType.SECTION_47, e.childId(), e.startedOn(),
                "Section 47 enquiry started",
                "Enquiry started from the strategy discussion. If an initial child protection conference is needed it is due by "
                        + DAY.format(e.initialConferenceDue()) + ".",
                "Section 47 enquiry", true));
    }

    @ApplicationModuleListener
    void on(Section47EnquiryConcluded e) {
        // a second entry about the same enquiry: its own source id, derived from the enquiry's
        UUID source = UUID.nameUUIDFromBytes(("section47-concluded:" + e.enquiryId()).getBytes(StandardCharsets.UTF_8));
        String next = e.conferenceNotRequired() ? "No initial child protection conference is needed."
                : "An initial child protection conference is needed by " + DAY.format(e.initialConferenceDue()) + ".";
        chronology.record(PracticeEvent.on(CHILD_PROTECTION, source, EntryType.SECTION_47, e.childId(), e.concludedOn(),
                "Section 47 enquiry concluded: " + e.outcome().label(), e.outcome().label() + ". " + next, "Section 47 enquiry", true));
    }
}
