package uk.org.beacon.identity;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A service area of children's services (front door, safeguarding, looked after, early help…). */
@Table(schema = "identity", name = "service")
record Service(@Id UUID id, String code, String name, boolean retired, @Version Long version) {}
