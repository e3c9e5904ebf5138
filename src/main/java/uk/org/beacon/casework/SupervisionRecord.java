package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case supervision discussion as the supervisor records it: when it was held, with which worker, what was discussed, the reflection and the actions. */
public record SupervisionRecord(LocalDate heldOn, UUID workerId, String summary, String analysis, List<Action> actions) {

    /** One action agreed in supervision: what, who owns it, by when. */
    public record Action(String action, UUID ownerId, LocalDate dueOn) {}
}
