package uk.org.beacon.identity;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A team within a service (e.g. Safeguarding and Family Support 3). Retired, never deleted. */
@Table(schema = "identity", name = "team")
record Team(@Id UUID id, UUID serviceId, String code, String name, boolean retired, @Version Long version) {

    TeamSummary summary(String serviceName) {
        return new TeamSummary(id, serviceId, serviceName, code, name, retired, version);
    }
}
