package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.census;
import static uk.org.beacon.returns.cin.CinFixtures.checkAll;
import static uk.org.beacon.returns.cin.CinFixtures.child;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A return the size of a large authority's (15,000 children) goes through every rule; the rules that
 * compare children (8510, 1520) index them instead of comparing pairs, so this stays quick. No timing
 * is asserted: the point is that the whole catalogue runs over the return and finds what it should.
 */
class CinCensusRulesScaleTest {

    private static final int CHILDREN = 15_000;

    @Test
    void aLargeAuthoritysReturnIsCheckedChildByChildAndRepeatsAreFoundThroughAnIndex() {
        List<CinChild> children = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            children.add(child().laChildId("B" + i).upn(upn(i)).disabilities(i % 2 == 0 ? "NONE" : "MOB").build());
        }
        children.add(child().laChildId("B7").upn(upn(9)).build());
        List<CinBreach> breaches = checkAll(census(children.toArray(CinChild[]::new)));
        assertThat(breaches).extracting(CinBreach::rule).containsExactly("1520", "1520", "8510", "8510", "2887Q", "2888Q");
        assertThat(breaches.subList(0, 4)).extracting(CinBreach::laChildId).containsExactly("B9", "B7", "B7", "B7");
    }

    /** A valid UPN of LA 201 with serial {@code i}: the check letter worked out for the other twelve characters. */
    private static String upn(int i) {
        String rest = "201" + String.format("%09d", i);
        return CinSchemaFacts.expectedCheckLetter("A" + rest) + rest;
    }
}
