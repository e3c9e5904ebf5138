package uk.org.beacon.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Local accounts (demo and small installations): username and an Argon2/bcrypt password hash. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffRepository staff;

    StaffUserDetailsService(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffMember member = staff.findByUsernameIgnoringCase(username)
                .filter(m -> m.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(member.username())
                .password(member.passwordHash())
                .disabled(!member.active())
                .authorities(member.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
