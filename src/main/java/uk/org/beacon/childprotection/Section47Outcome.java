package uk.org.beacon.childprotection;

/**
 * How a section 47 enquiry ended (Working Together). Where the child is judged likely to suffer
 * significant harm, or concerns are substantiated and an initial conference is needed, the conference
 * clock (T5) keeps running to the initial child protection conference; otherwise the enquiry ends with
 * {@code ICPCnotRequired} = 1 in the CIN census.
 */
public enum Section47Outcome {
    NOT_SUBSTANTIATED("Concerns not substantiated", false),
    SUBSTANTIATED_NO_CONFERENCE("Concerns substantiated, no initial conference needed", false),
    SUBSTANTIATED_CONFERENCE_NEEDED("Concerns substantiated, initial child protection conference needed", true),
    LIKELY_TO_SUFFER_HARM("Child likely to suffer significant harm: initial child protection conference needed", true);

    private final String label;
    private final boolean conferenceNeeded;

    Section47Outcome(String label, boolean conferenceNeeded) {
        this.label = label;
        this.conferenceNeeded = conferenceNeeded;
    }

    public String label() {
        return label;
    }

    public boolean conferenceNeeded() {
        return conferenceNeeded;
    }
}
