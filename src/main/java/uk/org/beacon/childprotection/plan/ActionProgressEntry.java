package uk.org.beacon.childprotection.plan;

import java.util.UUID;
import uk.org.beacon.planning.PlanActionStatus;

/** Progress on one SMART action recorded at a core group meeting (the action's version as the form showed it). */
public record ActionProgressEntry(UUID actionId, long actionVersion, PlanActionStatus status, String note) {}
