package uk.org.beacon.identity;

/**
 * What a member of staff does, which decides what they may see and do. Partner-agency lead
 * professionals sign in too, but see only the children they are involved with.
 */
public enum Role {
    SCREENER("Front-door screener", true, true),
    SOCIAL_WORKER("Social worker", true, true),
    TEAM_MANAGER("Practice or team manager", true, true),
    CP_CHAIR("Child protection chair or reviewing officer", true, true),
    PARTNER_LEAD_PROFESSIONAL("Early help lead professional (partner agency)", true, true),
    QUALITY_PERFORMANCE("Quality and performance officer", true, false),
    SENIOR_LEADER("Senior leader (read only)", true, false),
    ADMINISTRATOR("Administrator", false, false);

    private final String label;
    private final boolean readsChildRecords;
    private final boolean editsChildRecords;

    Role(String label, boolean readsChildRecords, boolean editsChildRecords) {
        this.label = label;
        this.readsChildRecords = readsChildRecords;
        this.editsChildRecords = editsChildRecords;
    }

    public String label() {
        return label;
    }

    public boolean readsChildRecords() {
        return readsChildRecords;
    }

    public boolean editsChildRecords() {
        return editsChildRecords;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
