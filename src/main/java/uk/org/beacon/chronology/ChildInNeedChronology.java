package uk.org.beacon.chronology;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.childinneed.ChildInNeedPlanEnded;
import uk.org.beacon.childinneed.ChildInNeedPlanStarted;
import uk.org.beacon.childinneed.EpisodeClosed;

/**
 * The chronology's entries from children in need: a child in need plan starting and ending (both
 * significant: the child's plan changes), and an episode of need closing with its reason.
 */
@Component
class ChildInNeedChronology {

    private static final String MODULE = "childinneed";

    private final ChronologyEntries chronology;

    ChildInNeedChronology(ChronologyEntries chronology) {
        this.chronology = chronology;
    }

    @ApplicationModuleListener
    void on(ChildInNeedPlanStarted e) {
        chronology.record(PracticeEvent.on(MODULE, e.childInNeedPlanId(), EntryType.CHILD_IN_NEED_PLAN, e.childId(), e.startedOn(),
                "Child in need plan started", "A child in need plan started: its outcomes and actions are agreed with the family and reviewed "
                        + "on the local timescale.", "Child in need plan", true));
    }

    @ApplicationModuleListener
    void on(ChildInNeedPlanEnded e) {
        String note = e.note() == null ? "" : " " + e.note();
        // one entry per source record: the ending is its own source, named from the plan
        UUID ending = UUID.nameUUIDFromBytes(("child-in-need-plan-ended:" + e.childInNeedPlanId()).getBytes(StandardCharsets.UTF_8));
        chronology.record(PracticeEvent.on(MODULE, ending, EntryType.CHILD_IN_NEED_PLAN, e.childId(), e.endedOn(),
                "Child in need plan ended", "Why: " + e.reason().label() + "." + note, "Child in need plan", true));
    }

    @ApplicationModuleListener
    void on(EpisodeClosed e) {
        String lead = e.leadProfessional() == null ? "" : " Early help lead professional: " + e.leadProfessional() + ".";
        chronology.record(PracticeEvent.on(MODULE, e.episodeId(), EntryType.EPISODE, e.childId(), e.closedOn(),
                "Episode of need closed (" + e.closureReason() + ")", "Reason for closure: " + e.closureReasonLabel() + "." + lead,
                "Episode of need", false));
    }
}
