package uk.org.beacon.chronology;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.childprotection.conference.InitialConferenceHeld;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.Staff;

/**
 * Initial child protection conferences in the child's chronology: one significant entry on the day
 * the conference was held, saying whether the child became subject to a plan and under which category.
 */
@Component
class ConferenceChronology {

    private static final String CHILD_PROTECTION = "childprotection";

    private final ChronologyEntries chronology;
    private final Codes codes;
    private final Staff staff;

    ConferenceChronology(ChronologyEntries chronology, Codes codes, Staff staff) {
        this.chronology = chronology;
        this.codes = codes;
        this.staff = staff;
    }

    @ApplicationModuleListener
    void on(InitialConferenceHeld e) {
        String chair = e.chairId() == null ? "the chair" : staff.find(e.chairId()).map(s -> s.displayName()).orElse("the chair");
        String title = e.planDecided()
                ? "Initial child protection conference: child protection plan (" + codes.abuseCategory().labelOrCode(e.category()) + ")"
                : "Initial child protection conference: no child protection plan";
        String summary = "Initial child protection conference chaired by " + chair + ". "
                + (e.planDecided() ? "The child became subject to a child protection plan under the category of "
                        + codes.abuseCategory().labelOrCode(e.category()).toLowerCase() + "."
                        : "The conference decided the child does not need a child protection plan.");
        chronology.record(PracticeEvent.on(CHILD_PROTECTION, e.conferenceId(), EntryType.CONFERENCE, e.childId(), e.heldOn(), title, summary,
                "Child protection conference", true));
    }
}
