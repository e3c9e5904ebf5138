package uk.org.beacon.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/** The staff directory: who can sign in, their team and roles. Administrators manage it. */
@Service
public class Staff {

    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    Staff(StaffRepository staff, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, CurrentStaff currentStaff,
            Clock clock) {
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<StaffSummary> find(UUID id) {
        return staff.findById(id).map(StaffMember::summary);
    }

    @Transactional(readOnly = true)
    public Optional<StaffSummary> findByUsername(String username) {
        return staff.findByUsernameIgnoringCase(username).map(StaffMember::summary);
    }

    @Transactional(readOnly = true)
    public List<StaffSummary> all() {
        return staff.findAll().stream()
                .map(StaffMember::summary)
                .sorted(Comparator.comparing(StaffSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<StaffSummary> inTeam(UUID teamId) {
        return all().stream().filter(s -> teamId.equals(s.teamId())).toList();
    }

    /** Display names for identifiers held in other records (audit entries, allocations). */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        staff.findAllById(ids.stream().filter(Objects::nonNull).distinct().toList())
                .forEach(s -> names.put(s.id(), s.displayName()));
        return names;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public StaffSummary create(StaffDetails details) {
        validate(details, null);
        if (details.password() != null && !details.password().isBlank() && details.password().length() < 12) {
            throw new RuleViolationException(Map.of("password", "Enter a password of at least 12 characters"));
        }
        StaffMember member = StaffMember.create(details.username().trim(), clock.instant());
        apply(member, details);
        StaffMember saved = staff.save(member);
        events.publishEvent(new StaffAccountChanged(saved.id(), actorId(), true, List.of("all")));
        return saved.summary();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public StaffSummary update(UUID id, long expectedVersion, StaffDetails details) {
        StaffMember member = staff.findById(id).orElseThrow(() -> new NotFoundException("No such member of staff"));
        if (member.version() != expectedVersion) {
            throw new EditConflictException(differences(member.summary(), details), member.version());
        }
        validate(details, id);
        if (details.password() != null && !details.password().isBlank() && details.password().length() < 12) {
            throw new RuleViolationException(Map.of("password", "Enter a password of at least 12 characters"));
        }
        List<String> changed = differences(member.summary(), details).stream().map(FieldDifference::field).toList();
        apply(member, details);
        StaffMember saved = staff.save(member);
        List<String> fields = new ArrayList<>(changed);
        if (details.password() != null && !details.password().isBlank()) {
            fields.add("password");
        }
        events.publishEvent(new StaffAccountChanged(saved.id(), actorId(), false, fields));
        return saved.summary();
    }

    /** Links a member of staff to their identity at the council's OIDC provider on first sign-in. */
    @Transactional
    Optional<StaffSummary> linkOidcSubject(String subject, String email) {
        Optional<StaffMember> bySubject = staff.findByOidcSubject(subject);
        if (bySubject.isPresent()) {
            return bySubject.filter(StaffMember::active).map(StaffMember::summary);
        }
        if (email == null) {
            return Optional.empty();
        }
        return staff.findActiveByEmail(email).map(member -> {
            member.setOidcSubject(subject);
            return staff.save(member).summary();
        });
    }

    private void apply(StaffMember member, StaffDetails details) {
        member.describe(details.displayName().trim(), blankToNull(details.email()), blankToNull(details.jobTitle()),
                blankToNull(details.organisation()), details.teamId());
        member.grant(details.roles());
        member.setActive(details.active());
        if (details.password() != null && !details.password().isBlank()) {
            member.setPasswordHash(passwordEncoder.encode(details.password()));
        }
    }

    private void validate(StaffDetails details, UUID existingId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (details.username() == null || !details.username().trim().matches("[A-Za-z0-9._-]{3,40}")) {
            errors.put("username", "Enter a username of 3 to 40 letters, digits, dots, hyphens or underscores");
        } else {
            staff.findByUsernameIgnoringCase(details.username().trim())
                    .filter(other -> !other.id().equals(existingId))
                    .ifPresent(other -> errors.put("username", "Another member of staff already has this username"));
        }
        if (details.displayName() == null || details.displayName().isBlank()) {
            errors.put("displayName", "Enter the person's name");
        }
        if (details.roles() == null || details.roles().isEmpty()) {
            errors.put("roles", "Select at least one role");
        }
        if (details.email() != null && !details.email().isBlank() && !details.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Enter an email address in the correct format, like name@example.org");
        }
        boolean partnerOnly = details.roles() != null && details.roles().equals(java.util.Set.of(Role.PARTNER_LEAD_PROFESSIONAL));
        if (details.roles() != null && !details.roles().isEmpty() && !partnerOnly && details.teamId() == null) {
            errors.put("teamId", "Select the team this person works in");
        }
        if (partnerOnly && (details.organisation() == null || details.organisation().isBlank())) {
            errors.put("organisation", "Enter the partner agency this person works for");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    private static List<FieldDifference> differences(StaffSummary saved, StaffDetails yours) {
        List<FieldDifference> result = new ArrayList<>();
        compare(result, "Username", saved.username(), yours.username());
        compare(result, "Name", saved.displayName(), yours.displayName());
        compare(result, "Email", saved.email(), yours.email());
        compare(result, "Job title", saved.jobTitle(), yours.jobTitle());
        compare(result, "Organisation", saved.organisation(), yours.organisation());
        compare(result, "Team", Objects.toString(saved.teamId(), null), Objects.toString(yours.teamId(), null));
        compare(result, "Roles", saved.roles().toString(), yours.roles() == null ? null : new java.util.TreeSet<>(yours.roles()).toString());
        compare(result, "Active", String.valueOf(saved.active()), String.valueOf(yours.active()));
        return result;
    }

    private static void compare(List<FieldDifference> result, String field, String saved, String yours) {
        if (!Objects.equals(blankToNull(saved), blankToNull(yours))) {
            result.add(new FieldDifference(field, saved, yours));
        }
    }

    private UUID actorId() {
        return currentStaff.id().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
