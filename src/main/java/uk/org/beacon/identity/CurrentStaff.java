package uk.org.beacon.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Who is signed in on this request, as a staff record. */
@Component
public class CurrentStaff {

    private static final String REQUEST_CACHE = CurrentStaff.class.getName();

    private final StaffRepository staff;

    CurrentStaff(StaffRepository staff) {
        this.staff = staff;
    }

    public Optional<StaffSummary> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST) instanceof StaffSummary cached
                && cached.username().equalsIgnoreCase(authentication.getName())) {
            return Optional.of(cached);
        }
        Optional<StaffSummary> found = staff.findByUsernameIgnoringCase(authentication.getName())
                .filter(StaffMember::active)
                .map(StaffMember::summary);
        if (request != null) {
            found.ifPresent(s -> request.setAttribute(REQUEST_CACHE, s, RequestAttributes.SCOPE_REQUEST));
        }
        return found;
    }

    public StaffSummary require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    public Optional<UUID> id() {
        return get().map(StaffSummary::id);
    }

    /**
     * Runs work delivered after commit (an event listener, outside any request) as the member of staff who did
     * what the event announces, so the same access checks, rules and audit apply and name them; when they are not
     * known or no longer active, as "system" with the {@code fallback} role. The previous sign-in is restored after.
     */
    public <T> T actingAs(UUID staffId, Role fallback, Supplier<T> work) {
        Optional<StaffSummary> who = staffId == null ? Optional.empty() : staff.findById(staffId).filter(StaffMember::active).map(StaffMember::summary);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who.map(s -> new UsernamePasswordAuthenticationToken(s.username(), null,
                        s.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()))
                .orElseGet(() -> new UsernamePasswordAuthenticationToken("system", null, List.of(new SimpleGrantedAuthority(fallback.authority())))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
