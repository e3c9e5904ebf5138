package uk.org.beacon.frontdoor;

/** How a contact reached the front door. */
public enum Channel {
    PHONE("Telephone"),
    EMAIL("Email"),
    WALK_IN("Walk-in"),
    MARF("Online multi-agency referral form"),
    POLICE_NOTIFICATION("Police child-concern notification"),
    PARTNER_USER("Partner agency (signed in)"),
    ANONYMOUS("Anonymous or member of the public");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
