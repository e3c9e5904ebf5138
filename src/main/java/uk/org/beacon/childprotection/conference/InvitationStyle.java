package uk.org.beacon.childprotection.conference;

/**
 * How the child is invited to their conference, by age on the day of the conference (Beacon's rule,
 * {@link ConferenceRules#invitationStyle}): under 8 through their parents or an advocate; 8 to 11 a
 * child-friendly letter; 12 and over a young person's letter. Every child is offered an advocate.
 */
public enum InvitationStyle {
    THROUGH_PARENTS_OR_ADVOCATE("Through their parents or an advocate (under 8)"),
    CHILD_FRIENDLY_LETTER("Child-friendly letter (8 to 11)"),
    YOUNG_PERSONS_LETTER("Young person's letter (12 and over)");

    private final String label;

    InvitationStyle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
