package uk.org.beacon.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.org.beacon.SignedIn.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.RuleViolationException;

class Section47EnquiriesIntegrationTest extends BeaconIntegrationTest {

    @Autowired
    StrategyDiscussions discussions;

    @Autowired
    Section47Enquiries enquiries;

    @Autowired
    Contacts contacts;

    @Autowired
    People people;

    @Autowired
    Staff staff;

    @Autowired
    Clocks clocks;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    private record Case(UUID child, StrategyDiscussionDetails discussion) {}

    private Case discussed(String given, String family, boolean section47) {
        LocalDate born = LocalDate.of(2014, 9, 9);
        LocalDateTime referred = discussions.now().minusDays(3).withHour(9).withMinute(0);
        UUID child = ChildProtectionTestData.child(people, given, family, born);
        ChildProtectionTestData.referredForStrategyDiscussion(contacts, child, given, family, born, referred);
        StrategyDiscussionRecord record = section47 ? ChildProtectionTestData.jointSection47(referred.plusHours(3))
                : ChildProtectionTestData.noSection47(referred.plusHours(3));
        return new Case(child, as("social.worker", "SOCIAL_WORKER", () -> discussions.record(child, record)));
    }

    private StaffSummary member(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    @Test
    void startingAnEnquiryMarksTheInitiatingDiscussionAndStartsTheConferenceClockFromItsDate() {
        Case c = discussed("Morwenna", "Polglase", true);
        LocalDate heldOn = c.discussion().heldAt().toLocalDate();

        Section47Details e = as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(c.child(), c.discussion().id(), heldOn, null));

        assertThat(e.leadWorkerName()).isEqualTo("Jordan Social-Worker");
        assertThat(e.leadTeamName()).isEqualTo("Safeguarding and Family Support 1");
        assertThat(e.jointEnquiry()).isTrue();
        assertThat(e.initialConferenceDue()).isEqualTo(Section47Rules.initialConferenceDue(workingDays, heldOn));
        ClockSummary t5 = clocks.openForSubject("SECTION_47", e.id(), clocks.today()).get(0);
        assertThat(t5.ruleId()).isEqualTo("T5");
        assertThat(t5.startedOn()).isEqualTo(heldOn);
        assertThat(t5.due()).isEqualTo(e.initialConferenceDue());
        assertThat(e.t5().id()).isEqualTo(t5.id());
        assertThat(as("manager", "TEAM_MANAGER", () -> discussions.open(c.discussion().id())).initiatedEnquiryId()).isEqualTo(e.id());
        assertThat(jdbc.sql("SELECT initial_conference_due FROM reporting.section47 WHERE enquiry_id = :id").param("id", e.id())
                .query(LocalDate.class).single()).isEqualTo(e.initialConferenceDue());
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                SELECT count(*) FROM chronology.entry WHERE source_module = 'childprotection' AND source_id = :id AND entry_type = 'SECTION_47'
                """).param("id", e.id()).query(Long.class).single() == 1);
    }

    @Test
    void anEnquiryNeedsADiscussionThatDecidedOneAndAChildHasOneEnquiryInProgress() {
        Case no = discussed("Tamsin", "Roskilly", false);
        LocalDate heldOn = no.discussion().heldAt().toLocalDate();
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(no.child(), null, heldOn, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.fieldErrors().get("strategyDiscussionId"))
                        .startsWith("Choose the strategy discussion that decided to start the enquiry"));
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(no.child(), no.discussion().id(), heldOn, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.fieldErrors())
                        .containsEntry("strategyDiscussionId", "This strategy discussion did not decide to start a section 47 enquiry"));

        Case yes = discussed("Kerensa", "Angove", true);
        LocalDate on = yes.discussion().heldAt().toLocalDate();
        as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(yes.child(), yes.discussion().id(), on, null));
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(yes.child(), yes.discussion().id(), on, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.fieldErrors().get("strategyDiscussionId"))
                        .isEqualTo("This strategy discussion has already started an enquiry"));
    }

    @Test
    void aDisabledChildsEnquiryIsCoWorkedByTheDisabilityTeamWhoSeeItAndRecordOnIt() {
        Case c = discussed("Jago", "Trewhella", true);
        LocalDate heldOn = c.discussion().heldAt().toLocalDate();
        Section47Details started = as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(c.child(), c.discussion().id(), heldOn, null));
        StaffSummary cwd = member("cwd.worker1");

        Section47Details coWorked = as("social.worker", "SOCIAL_WORKER", () -> enquiries.addCoworker(started.id(), started.version(), cwd.id(),
                "Jago uses Makaton: the disability team's worker will help hear his views."));

        assertThat(coWorked.coworkers()).extracting(Section47Details.Coworker::teamName).containsExactly("Children with Disabilities");
        assertThat(as("cwd.worker1", "SOCIAL_WORKER", () -> enquiries.workedBy(cwd.id()))).extracting(Section47Summary::id, Section47Summary::how)
                .contains(org.assertj.core.groups.Tuple.tuple(started.id(), "Co-worker"));
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> enquiries.workedBy(member("social.worker").id())))
                .extracting(Section47Summary::id).contains(started.id());
        assertThat(as("cwd.manager", "TEAM_MANAGER", () -> enquiries.forTeam(cwd.teamId()))).extracting(Section47Summary::id)
                .contains(started.id());

        LocalDateTime checkedAt = discussions.now().minusMinutes(30);
        Section47Details checked = as("cwd.worker1", "SOCIAL_WORKER", () -> enquiries.recordStep(started.id(),
                ChildProtectionTestData.agencyCheck(checkedAt, "HEALTH_GP", true, "GP: no previous injuries recorded; seen for asthma only.")));
        Section47Details.Step step = checked.steps().get(checked.steps().size() - 1);
        assertThat(step.recordedByName()).isEqualTo(cwd.displayName());
        assertThat(step.recordedTeamName()).isEqualTo("Children with Disabilities");
        assertThat(checked.checks()).filteredOn(a -> a.agency().equals("HEALTH_GP")).singleElement()
                .satisfies(a -> assertThat(a.done()).isTrue());
        assertThat(checked.checks()).filteredOn(a -> a.agency().equals("POLICE")).singleElement()
                .satisfies(a -> assertThat(a.done()).isFalse());

        assertThatThrownBy(() -> as("sfs2.worker1", "SOCIAL_WORKER", () -> enquiries.recordStep(started.id(),
                ChildProtectionTestData.visit(checkedAt, true)))).isInstanceOf(AccessDeniedException.class);
        Section47Details overseen = as("cwd.manager", "TEAM_MANAGER", () -> enquiries.recordOversight(started.id(),
                "Makaton support arranged for the joint visit; agree the lead keeps the enquiry."));
        assertThat(overseen.oversight()).singleElement().satisfies(o -> assertThat(o.teamName()).isEqualTo("Children with Disabilities"));
        assertThatThrownBy(() -> as("sfs2.manager", "TEAM_MANAGER", () -> enquiries.recordOversight(started.id(),
                "I manage another team and should not be able to write this."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE childprotection.section47_step SET detail = 'changed' WHERE enquiry_id = :id")
                .param("id", started.id()).update()).hasMessageContaining("cannot be changed");
    }

    @Test
    void anOutcomeNeedingNoConferenceSignedOffByAManagerEndsTheConferenceClock() {
        Case c = discussed("Lowenna", "Chenoweth", true);
        LocalDate heldOn = c.discussion().heldAt().toLocalDate();
        Section47Details started = as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(c.child(), c.discussion().id(), heldOn, null));
        as("social.worker", "SOCIAL_WORKER", () -> enquiries.recordStep(started.id(), ChildProtectionTestData.visit(discussions.now().minusHours(2),
                true)));
        Section47Details recorded = as("social.worker", "SOCIAL_WORKER", () -> enquiries.recordOutcome(started.id(), started.version(),
                "NOT_SUBSTANTIATED", clocks.today(), "The medical found the mark consistent with the fall the child described."));
        assertThat(recorded.awaitingSignOff()).isTrue();
        assertThat(as("manager", "TEAM_MANAGER", () -> enquiries.awaitingSignOff())).extracting(Section47Summary::id).contains(started.id());

        Section47Details signed = as("manager", "TEAM_MANAGER", () -> enquiries.signOff(started.id(), recorded.version(),
                "Agreed: no reasonable cause to suspect significant harm; offer early help."));

        assertThat(signed.concluded()).isTrue();
        assertThat(signed.icpcNotRequired()).isTrue();
        assertThat(signed.signedOffByName()).isEqualTo("Morgan Manager");
        assertThat(clocks.openForSubject("SECTION_47", started.id(), clocks.today())).isEmpty();
        assertThat(clocks.find(started.t5().id(), clocks.today()).endedOn()).isEqualTo(clocks.today());
        assertThat(jdbc.sql("SELECT icpc_not_required FROM reporting.section47 WHERE enquiry_id = :id").param("id", started.id())
                .query(Boolean.class).single()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("UPDATE childprotection.section47_enquiry SET outcome = 'LIKELY_TO_SUFFER_HARM' WHERE id = :id")
                .param("id", started.id()).update()).hasMessageContaining("cannot be changed");
    }

    @Test
    void anOutcomeNeedingAConferenceLeavesTheClockRunningAndTheLeadWorkerCannotSignOffTheirOwn() {
        Case c = discussed("Demelza", "Nancarrow", true);
        LocalDate heldOn = c.discussion().heldAt().toLocalDate();
        UUID managerId = member("manager").id();
        Section47Details started = as("manager", "TEAM_MANAGER", () -> enquiries.start(c.child(), c.discussion().id(), heldOn, managerId));
        Section47Details recorded = as("manager", "TEAM_MANAGER", () -> enquiries.recordOutcome(started.id(), started.version(),
                "SUBSTANTIATED_CONFERENCE_NEEDED", clocks.today(), "Injury consistent with a slap; the stepfather remains in the home."));

        assertThatThrownBy(() -> as("manager", "TEAM_MANAGER", () -> enquiries.signOff(started.id(), recorded.version(),
                "Conference needed: the risk at home remains and the plan must be multi-agency.")))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.fieldErrors().get("managerRationale"))
                        .contains("cannot sign off their own"));
        Section47Details signed = as("sfs1.manager", "TEAM_MANAGER", () -> enquiries.signOff(started.id(), recorded.version(),
                "Conference needed: the risk at home remains and the plan must be multi-agency."));

        assertThat(signed.icpcNotRequired()).isFalse();
        assertThat(clocks.openForSubject("SECTION_47", started.id(), clocks.today())).extracting(ClockSummary::ruleId).containsExactly("T5");
        assertThat(jdbc.sql("SELECT outcome FROM reporting.section47 WHERE enquiry_id = :id").param("id", started.id()).query(String.class)
                .single()).isEqualTo("SUBSTANTIATED_CONFERENCE_NEEDED");
    }
}
