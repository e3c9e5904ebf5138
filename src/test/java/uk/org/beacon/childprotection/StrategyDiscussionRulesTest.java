package uk.org.beacon.childprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.beacon.codes.Codes;

class StrategyDiscussionRulesTest {

    private final Codes codes = new Codes();
    private final LocalDateTime now = LocalDateTime.of(2026, 3, 10, 17, 0);
    private final LocalDate referred = LocalDate.of(2026, 3, 9);

    @Test
    void aJointSection47DiscussionWithPoliceHealthAndEducationIsComplete() {
        assertThat(StrategyDiscussionRules.check(ChildProtectionTestData.jointSection47(now.minusHours(3)), referred, now, codes.agency())).isEmpty();
    }

    @Test
    void aDiscussionBeforeTheReferralOrInTheFutureOrWithNoReferralIsRefusedAtItsDate() {
        assertThat(StrategyDiscussionRules.check(ChildProtectionTestData.jointSection47(LocalDateTime.of(2026, 3, 8, 10, 0)), referred, now,
                codes.agency())).containsEntry("heldAt", "The strategy discussion must be on or after the referral on 9 March 2026");
        assertThat(StrategyDiscussionRules.check(ChildProtectionTestData.jointSection47(now.plusMinutes(5)), referred, now, codes.agency()))
                .containsKey("heldAt");
        assertThat(StrategyDiscussionRules.check(ChildProtectionTestData.jointSection47(now.minusHours(1)), null, now, codes.agency()).get("heldAt"))
                .contains("no referral");
    }

    @Test
    void anActionWithNoOwnerOrDateIsRefusedAtThoseFields() {
        StrategyDiscussionRecord r = ChildProtectionTestData.jointSection47(now.minusHours(3));
        StrategyDiscussionRecord missing = new StrategyDiscussionRecord(r.heldAt(), r.kind(), r.chairedBy(), r.participants(), true, true,
                r.decisionReason(), List.of(new StrategyDiscussionRecord.Action("Visit the child at school", "", "SOCIAL_CARE", null),
                        new StrategyDiscussionRecord.Action(null, null, null, null),
                        new StrategyDiscussionRecord.Action("Medical", "Dr Example", "HEALTH_HOSPITAL", LocalDate.of(2026, 3, 1))));

        var errors = StrategyDiscussionRules.check(missing, referred, now, codes.agency());

        assertThat(errors).containsEntry("actions[0].ownerName", "Enter who owns action 1")
                .containsEntry("actions[0].dueOn", "Enter the date action 1 is due")
                .containsEntry("actions[2].dueOn", "Action 3 must be due on or after the discussion")
                .doesNotContainKeys("actions[1].action", "actions[1].ownerName");
    }

    @Test
    void anAgencyThatTookPartMustSayWhatItSharedButOneThatWroteInNeedNot() {
        StrategyDiscussionRecord r = ChildProtectionTestData.jointSection47(now.minusHours(3));
        StrategyDiscussionRecord silent = new StrategyDiscussionRecord(r.heldAt(), r.kind(), r.chairedBy(), List.of(
                new StrategyDiscussionRecord.Participant("SOCIAL_CARE", "Jordan", null, "ATTENDED", "Known to us."),
                new StrategyDiscussionRecord.Participant("POLICE", "DC Example", null, "ATTENDED", " "),
                new StrategyDiscussionRecord.Participant("HEALTH_GP", "Dr Example", null, "SENT_INFORMATION", null)), true, true,
                r.decisionReason(), r.actions());

        assertThat(StrategyDiscussionRules.check(silent, referred, now, codes.agency()))
                .containsOnlyKeys("participants[1].informationShared");
    }

    @Test
    void aJointEnquiryNeedsThePoliceAndADiscussionNeedsAnotherAgencyThanSocialCare() {
        StrategyDiscussionRecord r = ChildProtectionTestData.jointSection47(now.minusHours(3));
        StrategyDiscussionRecord alone = new StrategyDiscussionRecord(r.heldAt(), r.kind(), r.chairedBy(), List.of(
                new StrategyDiscussionRecord.Participant("SOCIAL_CARE", "Jordan", null, "ATTENDED", "Known to us.")), true, true,
                r.decisionReason(), r.actions());

        var errors = StrategyDiscussionRules.check(alone, referred, now, codes.agency());

        assertThat(errors.get("jointEnquiry")).contains("police");
        assertThat(errors.get("participants[0].agency")).contains("multi-agency");
    }

    @Test
    void theDecisionMustBeMadeAndExplained() {
        StrategyDiscussionRecord r = ChildProtectionTestData.jointSection47(now.minusHours(3));
        StrategyDiscussionRecord undecided = new StrategyDiscussionRecord(r.heldAt(), null, " ", r.participants(), null, null, "Too short",
                r.actions());

        assertThat(StrategyDiscussionRules.check(undecided, referred, now, codes.agency()))
                .containsOnlyKeys("kind", "chairedBy", "section47", "decisionReason");
    }
}
