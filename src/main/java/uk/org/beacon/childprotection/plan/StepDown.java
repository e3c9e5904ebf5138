package uk.org.beacon.childprotection.plan;

/** Where the child's support goes when a child protection plan ends. */
public enum StepDown {
    CIN_PLAN("Child in need plan"),
    EARLY_HELP("Early help (with a named lead professional)"),
    NONE("No further support from children's social care");

    private final String label;

    StepDown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
