package uk.org.beacon.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ServiceRepository extends ListCrudRepository<Service, UUID> {
    Optional<Service> findByCode(String code);
}
