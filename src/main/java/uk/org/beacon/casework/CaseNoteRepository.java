package uk.org.beacon.casework;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface CaseNoteRepository extends ListCrudRepository<CaseNote, UUID> {}
