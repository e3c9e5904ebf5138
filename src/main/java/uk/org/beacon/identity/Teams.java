package uk.org.beacon.identity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/** Services and teams are data: an authority shapes its own structure, and retires (never deletes) teams. */
@Component
public class Teams {

    private final TeamRepository teams;
    private final ServiceRepository services;

    Teams(TeamRepository teams, ServiceRepository services) {
        this.teams = teams;
        this.services = services;
    }

    @Transactional(readOnly = true)
    public List<ServiceSummary> services() {
        return services.findAll().stream()
                .filter(s -> !s.retired())
                .map(s -> new ServiceSummary(s.id(), s.code(), s.name()))
                .sorted(Comparator.comparing(ServiceSummary::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> all() {
        Map<UUID, String> serviceNames = services.findAll().stream().collect(Collectors.toMap(Service::id, Service::name));
        return teams.findAll().stream()
                .map(t -> t.summary(serviceNames.get(t.serviceId())))
                .sorted(Comparator.comparing(TeamSummary::serviceName).thenComparing(TeamSummary::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<TeamSummary> find(UUID id) {
        return teams.findById(id).map(t -> t.summary(services.findById(t.serviceId()).map(Service::name).orElse("")));
    }

    @Transactional(readOnly = true)
    public Map<UUID, TeamSummary> byId() {
        return all().stream().collect(Collectors.toMap(TeamSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public ServiceSummary createService(String code, String name) {
        String c = code == null ? "" : code.trim().toUpperCase();
        if (!c.matches("[A-Z0-9_-]{2,30}")) {
            throw new RuleViolationException(Map.of("code", "Enter a code of 2 to 30 capital letters, digits, hyphens or underscores"));
        }
        if (services.findByCode(c).isPresent()) {
            throw new RuleViolationException(Map.of("code", "A service with this code already exists"));
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException(Map.of("name", "Enter the service name"));
        }
        Service saved = services.save(new Service(UUID.randomUUID(), c, name.trim(), false, null));
        return new ServiceSummary(saved.id(), saved.code(), saved.name());
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public TeamSummary createTeam(UUID serviceId, String code, String name) {
        validate(serviceId, code, name, null);
        Team saved = teams.save(new Team(UUID.randomUUID(), serviceId, code.trim().toUpperCase(), name.trim(), false, null));
        return find(saved.id()).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public TeamSummary updateTeam(UUID id, long expectedVersion, UUID serviceId, String code, String name, boolean retired) {
        Team team = teams.findById(id).orElseThrow(() -> new NotFoundException("No such team"));
        if (team.version() != expectedVersion) {
            throw new EditConflictException(List.of(
                            new FieldDifference("Name", team.name(), name),
                            new FieldDifference("Code", team.code(), code),
                            new FieldDifference("Retired", String.valueOf(team.retired()), String.valueOf(retired)))
                    .stream()
                    .filter(d -> !java.util.Objects.equals(d.savedValue(), d.yourValue()))
                    .toList(), team.version());
        }
        validate(serviceId, code, name, id);
        teams.save(new Team(id, serviceId, code.trim().toUpperCase(), name.trim(), retired, team.version()));
        return find(id).orElseThrow();
    }

    private void validate(UUID serviceId, String code, String name, UUID existingId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (serviceId == null || services.findById(serviceId).isEmpty()) {
            errors.put("serviceId", "Select the service this team belongs to");
        }
        String c = code == null ? "" : code.trim().toUpperCase();
        if (!c.matches("[A-Z0-9_-]{2,30}")) {
            errors.put("code", "Enter a code of 2 to 30 capital letters, digits, hyphens or underscores");
        } else {
            teams.findByCode(c).filter(t -> !t.id().equals(existingId))
                    .ifPresent(t -> errors.put("code", "Another team already has this code"));
        }
        if (name == null || name.isBlank()) {
            errors.put("name", "Enter the team name");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
