package uk.org.beacon.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The administrator's staff page fields. */
public class StaffForm {
    private String username;
    private String displayName;
    private String email;
    private String jobTitle;
    private String organisation;
    private String teamId;
    private List<String> roles = new ArrayList<>();
    private String password;
    private boolean active = true;
    private Long version;

    StaffDetails toDetails() {
        Set<Role> r = EnumSet.noneOf(Role.class);
        for (String s : roles) {
            try {
                r.add(Role.valueOf(s));
            } catch (IllegalArgumentException ignored) {
                // an unknown role from a tampered form is simply not granted
            }
        }
        UUID team = null;
        try {
            team = teamId == null || teamId.isBlank() ? null : UUID.fromString(teamId);
        } catch (IllegalArgumentException ignored) {
            // a malformed team id is treated as no team, which the rules report
        }
        return new StaffDetails(username, displayName, email, jobTitle, organisation, team, r, password, active);
    }

    static StaffForm of(StaffSummary s) {
        StaffForm f = new StaffForm();
        f.username = s.username();
        f.displayName = s.displayName();
        f.email = s.email();
        f.jobTitle = s.jobTitle();
        f.organisation = s.organisation();
        f.teamId = s.teamId() == null ? null : s.teamId().toString();
        f.roles = s.roles().stream().map(Role::name).toList();
        f.active = s.active();
        f.version = s.version();
        return f;
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String v) { jobTitle = v; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { organisation = v; }
    public String getTeamId() { return teamId; }
    public void setTeamId(String v) { teamId = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
