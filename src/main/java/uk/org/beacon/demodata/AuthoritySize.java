package uk.org.beacon.demodata;

/**
 * How big a synthetic authority to build. Child populations are from the practice reference
 * (ONS mid-2020: Walsall 69,375 children, Birmingham 286,509); {@code small} is for tests and
 * the quick demo. Only a share of an authority's children are known to children's services at
 * any time, but the register holds every child ever referred, so the person register is sized
 * to the whole child population to test search at scale.
 */
public enum AuthoritySize {
    SMALL(300, 4, 150),
    WALSALL(69_375, 6, 12_700),
    BIRMINGHAM(286_509, 24, 52_000);

    private final int children;
    private final int workersPerTeam;
    private final int contactsPerYear;

    AuthoritySize(int children, int workersPerTeam, int contactsPerYear) {
        this.children = children;
        this.workersPerTeam = workersPerTeam;
        this.contactsPerYear = contactsPerYear;
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
