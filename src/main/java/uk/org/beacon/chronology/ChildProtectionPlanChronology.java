package uk.org.beacon.chronology;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanEnded;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanStarted;

/**
 * The chronology's entries from child protection plans: a plan starting (with its category of abuse) and
 * ending (with the reason and where the child's support goes next), both significant.
 */
@Component
class ChildProtectionPlanChronology {

    private static final String MODULE = "childprotection";

    private final ChronologyEntries chronology;

    ChildProtectionPlanChronology(ChronologyEntries chronology) {
        this.chronology = chronology;
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanStarted e) {
        String why = e.transferredInFrom() == null ? "The initial child protection conference decided the child needs a child protection plan"
                : "A transfer-in conference continued here the child protection plan the child had with " + e.transferredInFrom();
        chronology.record(PracticeEvent.on(MODULE, e.planId(), EntryType.CHILD_PROTECTION_PLAN, e.childId(), e.startedOn(),
                "Child protection plan started (" + e.category() + ")", why + "; category of abuse " + e.category() + ".", "Child protection plan",
                true));
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanEnded e) {
        // one entry per source record: the ending is its own source, named from the plan
        UUID ending = UUID.nameUUIDFromBytes(("child-protection-plan-ended:" + e.planId()).getBytes(StandardCharsets.UTF_8));
        chronology.record(PracticeEvent.on(MODULE, ending, EntryType.CHILD_PROTECTION_PLAN, e.childId(), e.endedOn(),
                "Child protection plan ended", e.transferredTo() != null ? "The plan moved to " + e.transferredTo() + ", whose transfer-in "
                        + "conference took it over." : "A review conference ended the plan: " + e.reason() + ". Next: " + e.stepDown().label() + ".",
                "Child protection plan", true));
    }
}
