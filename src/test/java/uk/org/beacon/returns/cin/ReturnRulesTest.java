package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.AS_AT;
import static uk.org.beacon.returns.cin.CinFixtures.check;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.enquiry;
import static uk.org.beacon.returns.cin.CinFixtures.fails;
import static uk.org.beacon.returns.cin.CinFixtures.passes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnRulesTest {

    @Test
    void aReturnWithoutACensusYearHasNoHeaderDatesAndFailsRule100() {
        passes("100", child().build());
        CinBreach breach = fails("100", new CinReturn(null, CinFixtures.header(), List.of(child().build())), AS_AT);
        assertThat(breach.sourceKind()).isEqualTo("RETURN");
        assertThat(breach.personId()).isNull();
        assertThat(breach.fields()).contains("Header/ReferenceDate");
    }

    @Test
    void morePlansStartingInTheYearThanConferencesHeldInItIsAnError() {
        passes("2883", child().build());
        var conferenceOnEpisode = child().episode(e -> e.section47s().conferenceOnEpisode(d("2025-11-24"))).build();
        passes("2883", conferenceOnEpisode);
        var noConference = child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, null, true))).build();
        CinBreach breach = fails("2883", noConference);
        assertThat(breach.message()).contains("1 child protection plans start in 2025-26 but only 0 initial child protection conferences");
        assertThat(breach.sourceKind()).isEqualTo("RETURN");
    }

    @Test
    void moreThanTwoPercentOfChildrenWithoutSexIsQueriedLeavingUnbornChildrenAside() {
        passes("2886Q", children(50, 1, "U"));
        List<CinChild> withUnborn = new ArrayList<>(List.of(children(10, 0, "U")));
        withUnborn.add(child().laChildId("UNBORN").unborn(d("2026-05-01")).build());
        passes("2886Q", withUnborn.toArray(CinChild[]::new));
        CinBreach breach = fails("2886Q", children(49, 1, "U"));
        assertThat(breach.message()).contains("1 of 49 children (2.0%)");
    }

    @Test
    void fewerThanEightDifferentDisabilityCodesInTheReturnIsQueried() {
        String[] eight = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"};
        List<CinChild> spread = new ArrayList<>();
        for (int i = 0; i < eight.length; i++) {
            spread.add(child().laChildId("C" + i).disabilities(eight[i]).build());
        }
        passes("2887Q", spread.toArray(CinChild[]::new));
        spread.remove(7);
        spread.add(child().laChildId("C7").disabilities("NONE").build());
        CinBreach breach = fails("2887Q", spread.toArray(CinChild[]::new));
        assertThat(breach.message()).contains("Only 7 different disability codes").contains("(COMM, HAND, HEAR, INC, LD, MOB, PC)");
    }

    @Test
    void aReturnWhereNoDisabledChildHasMoreThanOneDisabilityIsQueried() {
        passes("2888Q", child().build());
        passes("2888Q", child().laChildId("A1").disabilities("MOB").build(), child().laChildId("A2").disabilities("LD", "AUT").build());
        CinBreach breach = fails("2888Q", child().laChildId("A1").disabilities("MOB").build(), child().laChildId("A2").disabilities("LD").build());
        assertThat(breach.message()).contains("Each of the 2 children with a disability has only one disability code");
    }

    @Test
    void aHeaderWithoutTheAuthoritysThreeDigitNumberCannotBeWritten() {
        passes("B01", child().build());
        var noLea = new CinReturn(CinFixtures.YEAR, new CinHeader("2O1", "Beacon", "1", "001", LocalDateTime.of(2026, 4, 2, 9, 0)),
                List.of(child().build()));
        assertThat(fails("B01", noLea, AS_AT).message()).contains("\"2O1\"");
        var shortSerial = new CinReturn(CinFixtures.YEAR, new CinHeader("201", "Beacon", "1", "7", LocalDateTime.of(2026, 4, 2, 9, 0)),
                List.of(child().build()));
        assertThat(fails("B01", shortSerial, AS_AT).fields()).containsExactly("Header/SerialNo");
        assertThat(check("B01", new CinReturn(CinFixtures.YEAR, null, List.of(child().build())), AS_AT)).hasSize(1);
    }

    @Test
    void yearRulesWaitForACensusYear() {
        assertThat(check("2883", new CinReturn(null, CinFixtures.header(), List.of(child().episode(e -> e.section47s()).build())), AS_AT))
                .isEmpty();
        assertThat(check("8500", new CinReturn(null, CinFixtures.header(), List.of(child().laChildId(null).build())), AS_AT)).isEmpty();
    }

    private static CinChild[] children(int count, int withSex, String sex) {
        List<CinChild> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            children.add(child().laChildId("C" + i).sex(i < withSex ? sex : "M").build());
        }
        return children.toArray(CinChild[]::new);
    }
}
