package uk.org.beacon.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.web.NotFoundException;

/** Staff, teams and the signed-in account over JSON. */
@RestController
@Tag(name = "Staff and teams")
class StaffApi {

    private final Staff staff;
    private final Teams teams;
    private final CurrentStaff currentStaff;

    StaffApi(Staff staff, Teams teams, CurrentStaff currentStaff) {
        this.staff = staff;
        this.teams = teams;
        this.currentStaff = currentStaff;
    }

    @Operation(summary = "The signed-in account")
    @GetMapping("/api/v1/me")
    StaffSummary me() {
        return currentStaff.require();
    }

    @Operation(summary = "All staff (administrators)")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/api/v1/staff")
    List<StaffSummary> all() {
        return staff.all();
    }

    @Operation(summary = "One member of staff (administrators)")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/api/v1/staff/{id}")
    StaffSummary one(@PathVariable UUID id) {
        return staff.find(id).orElseThrow(() -> new NotFoundException("No such member of staff"));
    }

    @Operation(summary = "Add a member of staff (administrators)")
    @PostMapping("/api/v1/staff")
    ResponseEntity<StaffSummary> create(@RequestBody StaffDetails details) {
        return ResponseEntity.status(HttpStatus.CREATED).body(staff.create(details));
    }

    @Operation(summary = "Change a member of staff; send the version you read (administrators)")
    @PutMapping("/api/v1/staff/{id}")
    StaffSummary update(@PathVariable UUID id, @RequestParam long version, @RequestBody StaffDetails details) {
        return staff.update(id, version, details);
    }

    @Operation(summary = "Services and teams")
    @GetMapping("/api/v1/teams")
    List<TeamSummary> teams() {
        return teams.all();
    }

    record NewTeam(UUID serviceId, String code, String name) {}

    record TeamChange(UUID serviceId, String code, String name, boolean retired) {}

    @Operation(summary = "Change or retire a team; send the version you read (administrators)")
    @PutMapping("/api/v1/teams/{id}")
    TeamSummary updateTeam(@PathVariable UUID id, @RequestParam long version, @RequestBody TeamChange team) {
        return teams.updateTeam(id, version, team.serviceId(), team.code(), team.name(), team.retired());
    }

    @Operation(summary = "Add a team (administrators)")
    @PostMapping("/api/v1/teams")
    ResponseEntity<TeamSummary> createTeam(@RequestBody NewTeam team) {
        return ResponseEntity.status(HttpStatus.CREATED).body(teams.createTeam(team.serviceId(), team.code(), team.name()));
    }
}
