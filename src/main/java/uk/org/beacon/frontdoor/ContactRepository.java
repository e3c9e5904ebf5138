package uk.org.beacon.frontdoor;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ContactRepository extends ListCrudRepository<Contact, UUID> {
    Optional<Contact> findByIdempotencyKey(String key);
}
