package uk.org.beacon.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.beacon.assessment.Assessments;
import uk.org.beacon.childprotection.Section47Enquiries;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.identity.AlertSummary;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Staff;

/** The pages a worker lands on: "my work" and, for team managers, "my team"; both readable as at a past day. */
@Controller
class WorklistPages {

    private final Worklists worklists;
    private final RecordAccess access;
    private final Staff staff;
    private final Assessments assessments;
    private final Clock clock;
    private final Section47Enquiries section47;
    private final Conferences conferences;
    private final CurrentStaff currentStaff;

    WorklistPages(Worklists worklists, RecordAccess access, Staff staff, Assessments assessments, Clock clock, Section47Enquiries section47,
            Conferences conferences, CurrentStaff currentStaff) {
        this.section47 = section47;
        this.conferences = conferences;
        this.currentStaff = currentStaff;
        this.worklists = worklists;
        this.assessments = assessments;
        this.access = access;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/my-work")
    String myWork(@RequestParam(required = false) String asAt, Model model) {
        LocalDate today = LocalDate.now(clock);
        MyWork work = worklists.myWork(AsAt.parse(asAt, today));
        model.addAttribute("work", work);
        model.addAttribute("today", today);
        List<AlertSummary> alerts = access.myAlerts();
        model.addAttribute("alerts", alerts);
        model.addAttribute("alertStaffNames", staff.displayNames(alerts.stream().map(AlertSummary::aboutStaffId).toList()));
        StaffSummary me = currentStaff.require();
        model.addAttribute("section47", section47.workedBy(me.id()));
        model.addAttribute("myAssessments", assessments.mine());
        model.addAttribute("chairConferences", me.has(Role.CP_CHAIR) ? conferences.upcoming(me.id()) : List.of());
        return "casework/my-work";
    }

    @GetMapping("/my-team")
    String myTeam(@RequestParam(required = false) String asAt, @RequestParam(required = false) String worker,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String sort, Model model) {
        LocalDate today = LocalDate.now(clock);
        TeamWork work = worklists.myTeam(AsAt.parse(asAt, today), AllocationForm.uuid(worker), rule, sort);
        model.addAttribute("work", work);
        model.addAttribute("section47", work.teamId() == null ? List.of() : section47.forTeam(work.teamId()));
        model.addAttribute("today", today);
        return "casework/my-team";
    }
}
