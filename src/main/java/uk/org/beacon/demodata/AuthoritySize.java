package uk.org.beacon.demodata;

/**
 * How big a synthetic authority to build. Child populations are from the practice reference
 * (ONS mid-2020: Walsall 69,375 children, Birmingham 286,509); {@code small} is for tests and
 * the quick demo. Only a share of an authority's children are known to children's services at
 * any time, but the register holds every child ever referred, so the person register is sized
 * to the whole child population to test search at scale.
 * <p>
 * The large authorities record a year that follows the practice reference's national flow ratios
 * (section 4a: about one assessment per referral, 0.36 section 47 enquiries per referral, 31% of
 * enquiries to an initial conference, 86% of those to a plan, the plan-length mix) at their own
 * volumes (4b). The small one keeps its hand-sized year, which tests and the quick demo rely on.
 */
public enum AuthoritySize {
    SMALL(300, 4, 150, 5_000, false),
    WALSALL(69_375, 6, 12_700, 15_000, true),
    BIRMINGHAM(286_509, 24, 52_000, 60_000, true);

    /** The children sampled for contacts that the phases' caps were first set for. */
    private static final int FIRST_SAMPLE = 5_000;

    private final int children;
    private final int workersPerTeam;
    private final int contactsPerYear;
    private final int contactChildren;
    private final boolean nationalFlow;

    AuthoritySize(int children, int workersPerTeam, int contactsPerYear, int contactChildren, boolean nationalFlow) {
        this.children = children;
        this.workersPerTeam = workersPerTeam;
        this.contactsPerYear = contactsPerYear;
        this.contactChildren = contactChildren;
        this.nationalFlow = nationalFlow;
    }

    /**
     * How many children the year's contacts are about (at most): enough that most contacted children have one or two contacts
     * and a referred child about 1.2 referrals a year, as nationally (632,830 referrals of 557,810 children), rather than
     * a few thousand children with many contacts each.
     */
    public int contactChildren() {
        return contactChildren;
    }

    /** Whether the year follows the national flow ratios (every referral assessed, and so on) rather than the small demo's showcase. */
    public boolean nationalFlow() {
        return nationalFlow;
    }

    /** A limit set for the first five thousand sampled children, grown with the children this size samples (the small one keeps it). */
    public int scaled(int limit) {
        return nationalFlow ? (int) ((long) limit * contactChildren / FIRST_SAMPLE) : limit;
    }

    /** Contacts a year at the front door (practice reference 4b: national contact rate × child population). */
    public int contactsPerYear() {
        return contactsPerYear;
    }

    public int children() {
        return children;
    }

    public int workersPerTeam() {
        return workersPerTeam;
    }

    public static AuthoritySize parse(String value) {
        return AuthoritySize.valueOf(value.trim().toUpperCase());
    }
}
