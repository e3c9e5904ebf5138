package uk.org.beacon.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in to Beacon: council staff in a team, or a partner-agency professional
 * (school, health, police) identified by organisation. Accounts are deactivated, never deleted,
 * because the audit trail refers to them.
 */
@Table(schema = "identity", name = "staff_member")
class StaffMember {

    @Id
    private final UUID id;

    private String username;
    private String displayName;
    private String email;
    private String jobTitle;
    private String organisation;
    private UUID teamId;
    private String passwordHash;
    private String oidcSubject;
    private boolean active;
    private final Instant createdAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "staff_member")
    private Set<StaffRole> roles = new HashSet<>();

    @PersistenceCreator
    StaffMember(UUID id, String username, String displayName, String email, String jobTitle, String organisation,
            UUID teamId, String passwordHash, String oidcSubject, boolean active, Instant createdAt, Long version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.organisation = organisation;
        this.teamId = teamId;
        this.passwordHash = passwordHash;
        this.oidcSubject = oidcSubject;
        this.active = active;
        this.createdAt = createdAt;
        this.version = version;
    }

    static StaffMember create(String username, Instant now) {
        return new StaffMember(UUID.randomUUID(), username, username, null, null, null, null, null, null, true, now, null);
    }

    void describe(String displayName, String email, String jobTitle, String organisation, UUID teamId) {
        this.displayName = displayName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.organisation = organisation;
        this.teamId = teamId;
    }

    void grant(Set<Role> newRoles) {
        this.roles = newRoles.stream().map(StaffRole::new).collect(Collectors.toCollection(HashSet::new));
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setOidcSubject(String oidcSubject) {
        this.oidcSubject = oidcSubject;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setVersion(Long version) {
        this.version = version;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String jobTitle() {
        return jobTitle;
    }

    String organisation() {
        return organisation;
    }

    UUID teamId() {
        return teamId;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    Long version() {
        return version;
    }

    Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(r.role()));
        return result;
    }

    StaffSummary summary() {
        return new StaffSummary(id, username, displayName, email, jobTitle, organisation, teamId, roles(), active, version);
    }
}
