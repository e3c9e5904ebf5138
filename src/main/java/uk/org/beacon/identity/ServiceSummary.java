package uk.org.beacon.identity;

import java.util.UUID;

/** Read-only view of a service. */
public record ServiceSummary(UUID id, String code, String name) {}
