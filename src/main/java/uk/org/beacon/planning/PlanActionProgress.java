package uk.org.beacon.planning;

import java.time.LocalDate;
import java.util.UUID;

/** One progress note on an action, with the status it recorded. */
public record PlanActionProgress(LocalDate recordedOn, PlanActionStatus status, String note, UUID recordedBy) {}
