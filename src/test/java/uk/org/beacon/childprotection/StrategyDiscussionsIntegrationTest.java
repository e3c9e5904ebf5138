package uk.org.beacon.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.org.beacon.SignedIn.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.person.People;
import uk.org.beacon.web.RuleViolationException;

class StrategyDiscussionsIntegrationTest extends BeaconIntegrationTest {

    @Autowired
    StrategyDiscussions discussions;

    @Autowired
    Contacts contacts;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private UUID referredChild(String given, String family, LocalDateTime receivedAt) {
        LocalDate born = LocalDate.of(2015, 6, 1);
        UUID child = ChildProtectionTestData.child(people, given, family, born);
        ChildProtectionTestData.referredForStrategyDiscussion(contacts, child, given, family, born, receivedAt);
        return child;
    }

    @Test
    void aStrategyDiscussionIsRecordedWithEachAgencysInformationAndTheActionsAndGoesIntoTheChronology() {
        LocalDateTime referred = discussions.now().minusDays(2).withHour(9).withMinute(0);
        UUID child = referredChild("Ellis", "Trevanion", referred);

        StrategyDiscussionDetails d = as("social.worker", "SOCIAL_WORKER",
                () -> discussions.record(child, ChildProtectionTestData.jointSection47(referred.plusHours(3))));

        assertThat(d.section47()).isTrue();
        assertThat(d.jointEnquiry()).isTrue();
        assertThat(d.decisionLabel()).isEqualTo("Section 47 enquiry, joint with the police");
        assertThat(d.participants()).extracting(StrategyDiscussionDetails.Participant::agencyLabel)
                .containsExactly("Children's social care", "Police", "Health: GP", "Education: school or college");
        assertThat(d.participants().get(1).informationShared()).contains("caution for assault");
        assertThat(d.participants().get(2).attendanceLabel()).isEqualTo("Sent information in writing");
        assertThat(d.actions()).extracting(StrategyDiscussionDetails.Action::ownerName)
                .containsExactly("Jordan Social-Worker", "Dr Example Paediatrician");
        assertThat(d.recordedByName()).isEqualTo("Jordan Social-Worker");
        assertThat(d.initiatedEnquiryId()).isNull();
        assertThat(as("manager", "TEAM_MANAGER", () -> discussions.forChild(child))).extracting(StrategyDiscussionDetails::id)
                .containsExactly(d.id());
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.strategy_discussion WHERE child_id = :c AND section47").param("c", child)
                .query(Long.class).single()).isOne();

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                SELECT count(*) FROM chronology.entry WHERE source_module = 'childprotection' AND source_id = :id AND entry_type = 'STRATEGY_DISCUSSION'
                """).param("id", d.id()).query(Long.class).single() == 1);
    }

    @Test
    void aStrategyDiscussionIsNeverChangedOrDeleted() {
        LocalDateTime referred = discussions.now().minusDays(1).withHour(8).withMinute(30);
        UUID child = referredChild("Ottilie", "Penhaligon", referred);
        StrategyDiscussionDetails d = as("social.worker", "SOCIAL_WORKER",
                () -> discussions.record(child, ChildProtectionTestData.noSection47(referred.plusHours(2))));

        assertThatThrownBy(() -> jdbc.sql("UPDATE childprotection.strategy_discussion SET section47 = TRUE WHERE id = :id").param("id", d.id())
                .update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM childprotection.strategy_participant WHERE discussion_id = :id").param("id", d.id()).update())
                .hasMessageContaining("never changed or deleted");
    }

    @Test
    void aChildWithNoReferralHasNoStrategyDiscussionAndAnActionWithNoOwnerOrDateIsRefusedAtItsFields() {
        UUID unreferred = ChildProtectionTestData.child(people, "Wren", "Carbonell", LocalDate.of(2017, 2, 3));
        LocalDateTime held = discussions.now().minusHours(1);
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> discussions.record(unreferred,
                ChildProtectionTestData.jointSection47(held))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("heldAt")).contains("no referral"));

        LocalDateTime referred = discussions.now().minusDays(1).withHour(8).withMinute(0);
        UUID child = referredChild("Isolde", "Marrack", referred);
        StrategyDiscussionRecord r = ChildProtectionTestData.jointSection47(referred.plusHours(4));
        StrategyDiscussionRecord bad = new StrategyDiscussionRecord(r.heldAt(), r.kind(), r.chairedBy(), r.participants(), true, false,
                r.decisionReason(), List.of(new StrategyDiscussionRecord.Action("See the child at school", " ", "SOCIAL_CARE", null)));
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> discussions.record(child, bad)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("actions[0].ownerName", "actions[0].dueOn"));
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> discussions.forChild(child))).isEmpty();
    }

    @Test
    void readOnlyRolesCannotRecordADiscussion() {
        LocalDateTime referred = discussions.now().minusDays(1).withHour(8).withMinute(0);
        UUID child = referredChild("Bryony", "Tregarthen", referred);
        assertThatThrownBy(() -> as("senior", "SENIOR_LEADER", () -> discussions.record(child,
                ChildProtectionTestData.jointSection47(referred.plusHours(1))))).isInstanceOf(AccessDeniedException.class);
    }
}
