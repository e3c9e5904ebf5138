package uk.org.beacon.identity;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through the council's OIDC provider (Entra ID, Okta…). The provider proves who
 * the person is; Beacon's own staff record (matched by subject, or by email on first sign-in)
 * decides their roles. Someone without an active staff record is refused.
 */
@Component
class StaffOidcUserService extends OidcUserService {

    private final Staff staff;

    StaffOidcUserService(Staff staff) {
        this.staff = staff;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        StaffSummary member = staff.linkOidcSubject(user.getSubject(), user.getEmail())
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("access_denied", "No active Beacon staff account for this sign-in", null)));
        Collection<GrantedAuthority> authorities = member.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        return new StaffOidcUser(authorities, user, member.username());
    }

    static final class StaffOidcUser extends DefaultOidcUser {
        private final String username;

        StaffOidcUser(Collection<GrantedAuthority> authorities, OidcUser user, String username) {
            super(authorities, user.getIdToken(), user.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
