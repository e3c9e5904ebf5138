package uk.org.beacon.frontdoor;

/**
 * What the front door decides about a contact (T1/T1a: within one working day of receipt). A
 * referral for assessment or a strategy discussion makes the contact a referral: the child's
 * episode with children's social care starts.
 */
public enum ScreeningDecision {
    NO_FURTHER_ACTION("No further action", false),
    INFORMATION_AND_ADVICE("Information and advice", false),
    SIGNPOST_UNIVERSAL("Signpost to universal services", false),
    EARLY_HELP("Early help", false),
    REFERRAL_FOR_ASSESSMENT("Referral to children's social care for assessment", true),
    STRATEGY_DISCUSSION("Strategy discussion (immediate risk)", true);

    private final String label;
    private final boolean referral;

    ScreeningDecision(String label, boolean referral) {
        this.label = label;
        this.referral = referral;
    }

    public String label() {
        return label;
    }

    public boolean makesReferral() {
        return referral;
    }
}
