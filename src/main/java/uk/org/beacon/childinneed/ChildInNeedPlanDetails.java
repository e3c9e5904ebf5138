package uk.org.beacon.childinneed;

import java.util.List;
import uk.org.beacon.planning.PlanDetails;

/** A child in need plan in full: its period and clocks, the SMART plan (outcomes and actions), and its reviews oldest first. */
public record ChildInNeedPlanDetails(ChildInNeedPlanSummary summary, PlanDetails plan, List<ChildInNeedPlanReview> reviews) {}
