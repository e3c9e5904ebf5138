package uk.org.beacon.person;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {}
