package uk.org.beacon.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanSummary;
import uk.org.beacon.childprotection.plan.ChildProtectionPlans;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;

/**
 * The child protection plan panel of the child's record page: the child's plans (the running one first),
 * each with its category, dates and flags, linked to the plan; for a chair or manager, when no plan is running, the way
 * to record a transfer-in conference. Shown to those who read child protection
 * plans; the page has already checked access and audited the view.
 */
@Component
class ChildProtectionPlanRecordSection implements ChildRecordSection {

    /** What the panel shows. */
    record Panel(UUID childId, List<ChildProtectionPlanSummary> plans, boolean shown, boolean mayTransferIn) {}

    private final ChildProtectionPlans cpPlans;
    private final CurrentStaff currentStaff;

    ChildProtectionPlanRecordSection(ChildProtectionPlans cpPlans, CurrentStaff currentStaff) {
        this.cpPlans = cpPlans;
        this.currentStaff = currentStaff;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String fragment() {
        return "childprotection/plan/record-section :: section";
    }

    @Override
    public Map<String, Object> model(UUID childId) {
        StaffSummary me = currentStaff.require();
        boolean reader = me.has(Role.SOCIAL_WORKER) || me.has(Role.TEAM_MANAGER) || me.has(Role.CP_CHAIR) || me.has(Role.QUALITY_PERFORMANCE)
                || me.has(Role.SENIOR_LEADER);
        List<ChildProtectionPlanSummary> plans = reader ? cpPlans.forChild(childId) : List.of();
        boolean chair = me.has(Role.CP_CHAIR) || me.has(Role.TEAM_MANAGER);
        return Map.of("cpPlanPanel", new Panel(childId, plans, reader, chair && plans.stream().noneMatch(ChildProtectionPlanSummary::open)),
                "cpCategories", cpPlans.categories());
    }
}
