package uk.org.beacon.childprotection.plan;

import java.util.List;

/**
 * Where the child's support goes when a child protection plan ends. A review conference chooses one of the
 * first three; {@code TRANSFERRED} is only set when the child moved and the receiving authority's transfer-in
 * conference took the plan over (CIN census RC5 for the episode).
 */
public enum StepDown {
    CIN_PLAN("Child in need plan"),
    EARLY_HELP("Early help (with a named lead professional)"),
    NONE("No further support from children's social care"),
    TRANSFERRED("Transferred to another local authority");

    private final String label;

    /** The step-downs a review conference may choose. */
    public static List<StepDown> atReview() {
        return List.of(CIN_PLAN, EARLY_HELP, NONE);
    }

    StepDown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
