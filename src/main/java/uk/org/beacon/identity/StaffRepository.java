package uk.org.beacon.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StaffRepository extends ListCrudRepository<StaffMember, UUID> {

    @Query("SELECT * FROM identity.staff_member WHERE lower(username) = lower(:username)")
    Optional<StaffMember> findByUsernameIgnoringCase(String username);

    Optional<StaffMember> findByOidcSubject(String oidcSubject);

    @Query("SELECT * FROM identity.staff_member WHERE lower(email) = lower(:email) AND active")
    Optional<StaffMember> findActiveByEmail(String email);
}
