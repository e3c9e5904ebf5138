package uk.org.beacon.casework;

/** Who may do what in casework, as method-security expressions for the entry classes. */
final class CaseworkRoles {

    /** Children's services staff who read children's records (not partner agencies, not administrators). */
    static final String STAFF = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";

    /** Practitioners who record on a child's file. */
    static final String PRACTITIONERS = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR')";

    static final String MANAGERS = "hasRole('TEAM_MANAGER')";

    private CaseworkRoles() {}
}
