package uk.org.beacon.chronology;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChronologyEntryRepository extends ListCrudRepository<ChronologyEntry, UUID> {
    List<ChronologyEntry> findByChildId(UUID childId);
}
