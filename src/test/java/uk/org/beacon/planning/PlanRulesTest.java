package uk.org.beacon.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static PlanActionContent action(String what, String owner, String difference, LocalDate due) {
        return new PlanActionContent(what, owner, "Health visitor", null, difference, due, false);
    }

    @Test
    void anActionWithNoOwnerOrDateIsRefusedAtThoseFields() {
        var errors = PlanRules.checkAction(action("Take Amy to the dentist", " ", "Amy's tooth pain is treated", null), TODAY, true);
        assertThat(errors).containsOnlyKeys("ownerName", "dueOn");
        assertThat(errors.get("ownerName")).contains("who will do it");
        assertThat(errors.get("dueOn")).isEqualTo("Enter the date the action is due");
    }

    @Test
    void anActionMustSayWhatWillBeDifferentForTheChild() {
        assertThat(PlanRules.checkAction(action("Take Amy to the dentist", "Ms Ade", "", TODAY), TODAY, true)).containsOnlyKeys("difference");
    }

    @Test
    void aNewActionCannotBeDueInThePastButAnOldOneKeepsItsDate() {
        PlanActionContent late = action("Take Amy to the dentist", "Ms Ade", "Amy's tooth pain is treated", TODAY.minusDays(1));
        assertThat(PlanRules.checkAction(late, TODAY, true)).containsOnlyKeys("dueOn");
        assertThat(PlanRules.checkAction(late, TODAY, false)).isEmpty();
    }

    @Test
    void aSmartActionPasses() {
        assertThat(PlanRules.checkAction(action("Book and take Amy to the dental clinic", "Ms Ade", "Amy eats without pain", TODAY), TODAY, true))
                .isEmpty();
        assertThat(PlanRules.checkAction(new PlanActionContent("Visit weekly", null, null, java.util.UUID.randomUUID(), "Seen weekly",
                TODAY.plusDays(7), false), TODAY, true)).isEmpty();
    }

    @Test
    void vagueWordingIsFlaggedWithWhatToMakeSpecific() {
        var warnings = PlanRules.vagueWording(action("Mum to WORK WITH the family centre and engage with services", "Mum",
                "Continue to support the children as appropriate", TODAY));
        assertThat(warnings).hasSize(5);
        assertThat(warnings.get(0)).startsWith("'work with' does not say what will be done or what will change");
        assertThat(PlanRules.vaguePhrases("Monitoring school attendance; try to be aware of risks")).containsExactly("monitor", "try to", "be aware");
    }

    @Test
    void wordsThatOnlyContainAVaguePhraseAreNotFlagged() {
        assertThat(PlanRules.vaguePhrases("Network meeting; the supporter scheme; frameworks within reach; monitored-ish")).containsExactly("monitor");
        assertThat(PlanRules.vaguePhrases("Networks withdrawn; engaged-in is flagged")).containsExactly("engage");
        assertThat(PlanRules.vaguePhrases("Take Amy to the dental clinic on Tuesday")).isEmpty();
    }

    @Test
    void progressNeedsAStatusANoteAndAPastDate() {
        assertThat(PlanRules.checkProgress(null, " ", TODAY.plusDays(1), TODAY)).containsOnlyKeys("status", "note", "recordedOn");
        assertThat(PlanRules.checkProgress(PlanActionStatus.DONE, "Seen by the dentist", TODAY, TODAY)).isEmpty();
    }
}
