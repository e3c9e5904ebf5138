package uk.org.beacon.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;

/** The SMART editor's action form as every plan's page uses it, without Spring. */
class ActionFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 23);

    private static Map<String, String> posted(String day) {
        Map<String, String> p = new HashMap<>();
        p.put("action", "Walk Tilly to the school gate by 8:45 each morning");
        p.put("ownerName", "Mrs Ada Pathway");
        p.put("ownerRole", "Grandmother");
        p.put("difference", "Attendance rises from 81% to 95% by Easter");
        p.put("dueOnDay", day);
        p.put("dueOnMonth", "4");
        p.put("dueOnYear", "2026");
        return p;
    }

    @Test
    void theFormReadsTheActionItsOwnerWhatWillBeDifferentAndTheDueDate() {
        Map<String, String> errors = new HashMap<>();
        PlanActionContent read = ActionForm.read(posted("3"), errors);
        assertThat(errors).isEmpty();
        assertThat(read.ownerName()).isEqualTo("Mrs Ada Pathway");
        assertThat(read.dueOn()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(read.wordingConfirmed()).isFalse();
    }

    @Test
    void aNewActionWithAnImpossibleDateAndNoOwnerIsRefusedAtEveryFieldAtOnceWithoutSaving() {
        Map<String, String> p = posted("31");
        p.remove("ownerName");
        ActionForm.Result r = ActionForm.save(p, TODAY, true, c -> {
            throw new AssertionError("nothing is saved when the form has errors");
        });
        assertThat(r.saved()).isFalse();
        assertThat(r.errors()).containsKeys("dueOn", "ownerName");
    }

    @Test
    void vagueWordingComesBackAsWarningsAndAConflictAsAMessageAtTheAction() {
        ActionForm.Result held = ActionForm.save(posted("3"), TODAY, true,
                c -> new ActionSaved(null, List.of("'support' does not say what will be done or what will change")));
        assertThat(held.saved()).isFalse();
        assertThat(held.errors()).isEmpty();
        assertThat(held.warnings()).singleElement().asString().contains("support");

        ActionForm.Result conflict = ActionForm.save(posted("3"), TODAY, false, c -> {
            throw new EditConflictException(List.of(new FieldDifference("Action", "old", "new")), 3);
        });
        assertThat(conflict.errors().get("action")).contains("changed this action");
    }
}
