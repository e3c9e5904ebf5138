package uk.org.beacon.assessment;

/**
 * What a child and family assessment concluded should happen next. Step-down to early help needs a
 * named lead professional; a strategy discussion moves the work to a section 47 enquiry; no further
 * action with factor 21 alone closes the episode as RC8 (CIN census 8873Q).
 */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION("No further action"),
    CHILD_IN_NEED_PLAN("Child in need plan"),
    STRATEGY_DISCUSSION("Strategy discussion"),
    STEP_DOWN_TO_EARLY_HELP("Step down to early help"),
    LOOKED_AFTER("Child to become looked after");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
