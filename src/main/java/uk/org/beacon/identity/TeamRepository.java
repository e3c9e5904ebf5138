package uk.org.beacon.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, UUID> {
    Optional<Team> findByCode(String code);
}
