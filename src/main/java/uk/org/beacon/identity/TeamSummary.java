package uk.org.beacon.identity;

import java.util.UUID;

/** Read-only view of a team and the service it belongs to. */
public record TeamSummary(UUID id, UUID serviceId, String serviceName, String code, String name, boolean retired, Long version) {}
