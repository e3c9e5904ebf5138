package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.bareEpisode;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.fails;
import static uk.org.beacon.returns.cin.CinFixtures.passes;

import org.junit.jupiter.api.Test;

class ChildCharacteristicRulesTest {

    @Test
    void anEthnicityOutsideDfesListIsAnError() {
        passes("4220", child().ethnicity("NOBT").build(), child().ethnicity("REFU").build());
        assertThat(fails("4220", child().ethnicity(null).build()).message()).contains("not recorded");
        assertThat(fails("4220", child().ethnicity("WHIT").build()).message()).isEqualTo("Ethnicity \"WHIT\" is not one of DfE's ethnicity codes.");
    }

    @Test
    void aBornChildInNeedWithoutADisabilityEntryOrWithAnUnlistedCodeIsAnError() {
        passes("8540", child().disabilities("AUT", "LD").build(), child().unborn(d("2026-05-01")).disabilities().build(),
                child().disabilities().episodes(bareEpisode(d("2025-11-03")).nfa()).build());
        assertThat(fails("8540", child().disabilities().build()).message()).contains("record each disability, or NONE");
        assertThat(fails("8540", child().disabilities("AUT", "ADHD").build()).message()).contains("ADHD");
    }

    @Test
    void noneTogetherWithADisabilityIsAnError() {
        passes("8790", child().disabilities("NONE").build(), child().disabilities("MOB", "VIS").build());
        assertThat(fails("8790", child().disabilities("NONE", "MOB").build()).message()).contains("together with MOB");
    }

    @Test
    void aDisabilityRecordedTwiceIsAnError() {
        passes("8794", child().disabilities("MOB", "VIS").build());
        assertThat(fails("8794", child().disabilities("MOB", "VIS", "MOB").build()).message()).isEqualTo("Disability MOB is recorded more than once.");
    }

    @Test
    void anUnlistedDisabilityOnAChild8540LeavesAsideCannotBeWritten() {
        passes("B05", child().unborn(d("2026-05-01")).disabilities("NONE").build(), child().disabilities("ADHD").build());
        fails("B05", child().unborn(d("2026-05-01")).disabilities("ADHD").build());
        fails("B05", child().disabilities("ADHD").episodes(bareEpisode(d("2025-11-03")).nfa()).build());
    }
}
