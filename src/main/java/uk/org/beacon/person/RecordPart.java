package uk.org.beacon.person;

/**
 * A part of a person's record that another module shows or changes (case notes, clocks, the
 * chronology, an assessment), named in the audit trail. Some parts are for children's services
 * staff only; partners involved with the child see only the parts open to them.
 */
public record RecordPart(String name, boolean openToPartners) {

    public RecordPart {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A record part needs a name for the audit trail");
        }
    }

    /** A part only children's services staff see (casework, assessments, the chronology). */
    public static RecordPart staffOnly(String name) {
        return new RecordPart(name, false);
    }

    /** A part a partner involved with the child sees as well (the child's clocks). */
    public static RecordPart openToPartners(String name) {
        return new RecordPart(name, true);
    }
}
