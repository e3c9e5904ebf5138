package uk.org.beacon.childinneed;

/** Why a child in need plan ended. */
public enum PlanEndReason {
    NEEDS_MET("The child's needs are met: no longer a child in need"),
    STEPPED_DOWN_TO_EARLY_HELP("Stepped down to early help"),
    STEPPED_UP_TO_CHILD_PROTECTION("Stepped up to a child protection plan"),
    BECAME_LOOKED_AFTER("The child became looked after"),
    MOVED_AWAY("The child moved to another local authority"),
    FAMILY_WITHDREW_CONSENT("The family withdrew their agreement to the plan"),
    OTHER("Another reason (say what in the note)");

    private final String label;

    PlanEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
