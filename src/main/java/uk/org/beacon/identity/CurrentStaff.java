package uk.org.beacon.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
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
}
