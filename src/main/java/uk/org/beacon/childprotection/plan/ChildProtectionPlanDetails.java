package uk.org.beacon.childprotection.plan;

import java.util.List;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.timescales.ClockSummary;

/** A child protection plan in full: its period and flags, the SMART plan, the core group, its meetings, reviews and open clocks. */
public record ChildProtectionPlanDetails(ChildProtectionPlanSummary summary, PlanDetails plan, List<CoreGroupMember> members,
        List<CoreGroupMeeting> meetings, List<ChildProtectionReview> reviews, List<ClockSummary> clocks) {}
