package uk.org.beacon.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Who viewed or changed which record")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "A record's access log (administrators)")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/api/v1/audit/people/{id}")
    List<AuditRecord> person(@PathVariable UUID id, @RequestParam(defaultValue = "200") int limit) {
        return trail.forSubject(id, Math.min(limit, 2000));
    }

    @Operation(summary = "A member of staff's access history (administrators)")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/api/v1/audit/staff/{id}")
    List<AuditRecord> staff(@PathVariable UUID id, @RequestParam(defaultValue = "200") int limit) {
        return trail.byActor(id, Math.min(limit, 2000));
    }
}
