package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;
import static uk.org.beacon.SignedIn.run;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.web.RuleViolationException;

@RecordApplicationEvents
class ManagementOversightIntegrationTest extends BeaconIntegrationTest {

    @Autowired ManagementDecisions decisions;
    @Autowired Supervisions supervisions;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aManagementDecisionIsFinalisedWhenRecordedKeepsItsPracticeTimeAndIsOnlyEverAddedTo() {
        UUID child = CaseworkTestData.child(people, "Lysander", "Okafor", LocalDate.of(2016, 1, 20));
        LocalDateTime yesterdayAfternoon = LocalDate.now().minusDays(1).atTime(16, 30);

        ManagementDecisionSummary decision = as("manager", "TEAM_MANAGER", () -> decisions.record(child, new ManagementDecisionRecord(
                yesterdayAfternoon, "Proceed to a section 47 enquiry", "Second unexplained injury in a month; the explanation is inconsistent.",
                "Strategy discussion tomorrow at 10:00")));

        assertThat(decision.decidedAt()).isEqualTo(yesterdayAfternoon);
        assertThat(decision.recordedAt()).isAfter(yesterdayAfternoon.atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        assertThat(decision.decidedByName()).isEqualTo("Morgan Manager");
        assertThat(events.stream(ManagementDecisionRecorded.class).filter(e -> e.decisionId().equals(decision.id()))).singleElement()
                .satisfies(e -> assertThat(e.decidedAt()).isEqualTo(yesterdayAfternoon));

        assertThatThrownBy(() -> jdbc.sql("UPDATE casework.management_decision SET rationale = 'changed' WHERE id = :id")
                .param("id", decision.id()).update()).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM casework.management_decision WHERE id = :id")
                .param("id", decision.id()).update()).hasMessageContaining("never deleted");

        ManagementDecisionSummary added = as("social.worker", "SOCIAL_WORKER", () -> decisions.append(decision.id(),
                "Strategy discussion moved to 14:00 at the police's request"));
        assertThat(added.rationale()).isEqualTo(decision.rationale());
        assertThat(added.appendments()).singleElement().satisfies(a -> assertThat(a.appendedByName()).isEqualTo("Jordan Social-Worker"));
        assertThat(as("manager", "TEAM_MANAGER", () -> decisions.forChild(child))).singleElement()
                .satisfies(d -> assertThat(d.appendments()).hasSize(1));
    }

    @Test
    void aDecisionNeedsItsRationaleCannotBeInTheFutureAndIsAManagersToMake() {
        UUID child = CaseworkTestData.child(people, "Clementine", "Asante", LocalDate.of(2018, 7, 7));
        assertThatThrownBy(() -> run("manager", "TEAM_MANAGER", () -> decisions.record(child, new ManagementDecisionRecord(
                        LocalDateTime.now().plusDays(1), "Close the case", "Too short", null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKeys("decidedAt", "rationale"));
        assertThatThrownBy(() -> run("social.worker", "SOCIAL_WORKER", () -> decisions.record(child, new ManagementDecisionRecord(
                        null, "Close the case", "The family no longer needs a service from us, as agreed with them.", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> decisions.forChild(child))).isEmpty();
    }

    @Test
    void caseSupervisionIsRecordedOnTheChildsFileWithActionsOwnersAndDates() {
        UUID child = CaseworkTestData.child(people, "Evander", "Rusk", LocalDate.of(2013, 12, 12));
        StaffSummary worker = CaseworkTestData.staff(staff, "social.worker");
        LocalDate held = LocalDate.now().minusDays(2);

        assertThatThrownBy(() -> run("manager", "TEAM_MANAGER", () -> supervisions.record(child, new SupervisionRecord(held, worker.id(),
                        "Discussed school attendance", "Attendance is the main worry",
                        List.of(new SupervisionRecord.Action("Visit school", worker.id(), held.plusDays(7)),
                                new SupervisionRecord.Action("Speak to dad", null, held.minusDays(1)))))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("actions[1].ownerId", "actions[1].dueOn"));

        SupervisionSummary recorded = as("manager", "TEAM_MANAGER", () -> supervisions.record(child, new SupervisionRecord(held, worker.id(),
                "Discussed school attendance and the home conditions seen on the last visit",
                "Neglect is cumulative here: the evidence points to a child protection threshold if attendance does not improve",
                List.of(new SupervisionRecord.Action("Visit school and see the attendance record", worker.id(), held.plusDays(7)),
                        new SupervisionRecord.Action("Convene a family network meeting", worker.id(), held.plusDays(14))))));

        assertThat(recorded.supervisorName()).isEqualTo("Morgan Manager");
        assertThat(recorded.workerName()).isEqualTo("Jordan Social-Worker");
        assertThat(recorded.actions()).extracting(SupervisionSummary.ActionSummary::action)
                .containsExactly("Visit school and see the attendance record", "Convene a family network meeting");
        assertThat(events.stream(SupervisionRecorded.class).filter(e -> e.supervisionId().equals(recorded.id()))).singleElement()
                .satisfies(e -> assertThat(e.actions()).contains("Convene a family network meeting (Jordan Social-Worker, by "));
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework.supervision_action SET action = 'x' WHERE supervision_id = :id")
                .param("id", recorded.id()).update()).hasMessageContaining("never changed");
    }
}
