package uk.org.beacon.chronology;

/**
 * What kind of event a chronology entry records. The practice types come from other modules'
 * events; the others are for what the worker adds by hand from what they learn (a school report,
 * a health appointment, a family event). A new practice source adds its type here.
 */
public enum EntryType {
    CONTACT("Contact", false),
    SCREENING_DECISION("Front door decision", false),
    REFERRAL("Referral", false),
    ALLOCATION("Allocation", false),
    TRANSFER("Transfer", false),
    CASE_NOTE("Case note or visit", false),
    MANAGEMENT_DECISION("Management decision", false),
    SUPERVISION("Supervision", false),
    ASSESSMENT("Assessment", false),
    STRATEGY_DISCUSSION("Strategy discussion", false),
    SECTION_47("Section 47 enquiry", false),
    CHILD_IN_NEED_PLAN("Child in need plan", false),
    CHILD_PROTECTION_PLAN("Child protection plan", false),
    EPISODE("Episode of need", false),
    CONFERENCE("Child protection conference", false),
    INCIDENT("Incident", true),
    HEALTH("Health", true),
    EDUCATION("Education", true),
    POLICE("Police", true),
    FAMILY("Family life", true),
    MEETING("Professionals' meeting", true),
    COURT("Court", true),
    OTHER("Other", true);

    private final String label;
    private final boolean byWorker;

    EntryType(String label, boolean byWorker) {
        this.label = label;
        this.byWorker = byWorker;
    }

    public String label() {
        return label;
    }

    /** Whether a worker may choose this type for an entry they add by hand. */
    public boolean byWorker() {
        return byWorker;
    }

    static EntryType parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EntryType.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
