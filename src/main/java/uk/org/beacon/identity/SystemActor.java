package uk.org.beacon.identity;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work Beacon does by itself, not for a signed-in person (a command line, a start-up job): done as
 * a named actor, not a member of staff, holding one role, so the services' access rules and the
 * audit trail apply to it as to anyone. The caller's own security context is put back afterwards.
 */
public final class SystemActor {

    private SystemActor() {}

    /** Does {@code work} as {@code actor} in {@code role} on this thread, and returns what it gave. */
    public static <T> T runAs(String actor, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(actor, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
