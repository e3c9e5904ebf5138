package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.AS_AT;
import static uk.org.beacon.returns.cin.CinFixtures.assessment;
import static uk.org.beacon.returns.cin.CinFixtures.CALENDAR;
import static uk.org.beacon.returns.cin.CinFixtures.census;
import static uk.org.beacon.returns.cin.CinFixtures.checkAll;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.cpPlan;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.enquiry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.beacon.returns.CensusYear;

class CinRuleCatalogueTest {

    /** The 109 rules of the 2025-26 list (README section 7), copied here so the test runs from a clean clone. */
    static final List<String> DFE_2025_26 = List.of("100", "1103", "1104", "1105", "1510", "1520", "1530", "1540", "1550", "1560Q", "1570",
            "1580", "2883", "2884", "2885", "2886Q", "2887Q", "2888Q", "2889", "2990", "2991Q", "4000", "4001", "4003", "4004", "4008", "4009Q",
            "4010", "4011", "4012Q", "4013", "4014", "4015", "4016", "4017", "4180", "4220", "8500", "8510", "8520", "8525Q", "8530Q", "8535Q",
            "8540", "8545Q", "8555Q", "8565", "8568", "8569Q", "8585Q", "8590", "8600", "8606", "8608", "8610", "8614", "8615", "8620", "8630",
            "8640", "8650", "8670Q", "8675Q", "8696", "8715", "8720", "8730", "8736", "8740", "8750", "8770Q", "8772", "8775Q", "8790", "8794",
            "8805", "8810", "8815", "8816", "8820", "8825Q", "8831", "8832", "8839", "8840", "8841", "8842Q", "8863Q", "8866", "8867", "8868",
            "8869", "8870Q", "8873Q", "8875", "8890", "8896", "8897Q", "8898", "8905", "8910", "8915", "8920", "8925", "8930", "8935", "8940",
            "8945Q", "8950Q");

    static final List<String> BEACON = List.of("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09");

    private final List<CinRuleInfo> catalogue = new CinCensusRules(CALENDAR).catalogue();

    @Test
    void everyRuleOfDfesListForTheYearIsChecked() {
        assertThat(DFE_2025_26).hasSize(109);
        assertThat(catalogue).extracting(CinRuleInfo::rule).containsAll(DFE_2025_26);
    }

    @Test
    void theCatalogueHoldsDfesRulesThenBeaconsOwnChecksEachOnce() {
        assertThat(catalogue).extracting(CinRuleInfo::rule).containsExactlyElementsOf(
                java.util.stream.Stream.concat(DFE_2025_26.stream(), BEACON.stream()).toList());
    }

    @Test
    void rulesEndingInQAreQueriesAndTheOthersErrors() {
        for (CinRuleInfo info : catalogue) {
            assertThat(info.kind()).as(info.rule()).isEqualTo(info.rule().endsWith("Q") ? CinRuleKind.QUERY : CinRuleKind.ERROR);
            assertThat(info.description()).as(info.rule()).isNotBlank();
        }
    }

    @Test
    void beaconsOwnChecksSayTheyAreBeacons() {
        catalogue.stream().filter(info -> info.rule().startsWith("B"))
                .forEach(info -> assertThat(info.description()).as(info.rule()).startsWith("Beacon:"));
    }

    @Test
    void theReadmeExampleChildPassesEveryRuleButTheReturnLevelSpreadOfDisabilityCodes() {
        List<CinBreach> breaches = checkAll(census(child().build()));
        assertThat(breaches).extracting(CinBreach::rule).containsExactly("2887Q");
        assertThat(breaches.get(0).sourceKind()).isEqualTo("RETURN");
        assertThat(breaches.get(0).personId()).isNull();
    }

    @Test
    void theExampleChildMovedBackAYearOrTwoWeekdayForWeekdayPassesInThoseYearsToo() {
        for (int years : new int[] {1, 2}) {
            int days = 364 * years;
            var child = child().born(d("2023-02-14").minusDays(days))
                    .episodes(CinFixtures.episode().referred(d("2025-11-03").minusDays(days))
                            .assessments(assessment(d("2025-11-03").minusDays(days), d("2025-12-10").minusDays(days), "3A", "16A"))
                            .section47s(enquiry(d("2025-11-04").minusDays(days), d("2025-11-25").minusDays(days), d("2025-11-24").minusDays(days),
                                    false))
                            .cpPlans(cpPlan(d("2025-11-24").minusDays(days), null, d("2026-02-23").minusDays(days))))
                    .build();
            CensusYear year = new CensusYear(2026 - years);
            List<CinBreach> breaches = new CinCensusRules(CALENDAR).check(census(year, child), AS_AT.minusDays(days));
            assertThat(breaches).as(year.label()).extracting(CinBreach::rule).containsExactly("2887Q");
        }
    }

    @Test
    void errorsComeBeforeQueriesAndEachKindInRuleOrder() {
        var broken = child().laChildId("").sex(null).ethnicity("XXXX").episode(e -> e.need(null)).build();
        List<CinBreach> breaches = checkAll(census(broken));
        assertThat(breaches).extracting(CinBreach::rule).startsWith("4180", "4220", "8500", "8610").endsWith("2887Q");
    }

    @Test
    void aReturnWithoutACensusYearReportsOnlyRule100() {
        List<CinBreach> breaches = checkAll(new CinReturn(null, CinFixtures.header(), List.of(child().laChildId("").build())));
        assertThat(breaches).extracting(CinBreach::rule).containsExactly("100");
    }

    /**
     * Every rule has a fixture that passes it and one that fails it in the rules tests ({@code passes("1103", …)},
     * {@code fails("1103", …)}, or {@code check("8510", …)} for rules that report several children). 8568 cannot
     * fail: Beacon carries ReferralNFA as a yes or no.
     */
    @Test
    void everyRuleHasAPassingAndAFailingFixture() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/test/java/uk/org/beacon/returns/cin"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("RulesTest.java")).toList()) {
                tests.append(Files.readString(file));
            }
        }
        String source = tests.toString();
        for (CinRuleInfo info : catalogue) {
            String rule = "\"" + info.rule() + "\"";
            assertThat(source).as("a passing fixture for %s", info.rule()).containsAnyOf("passes(" + rule, "check(" + rule);
            if (!info.rule().equals("8568")) {
                assertThat(source).as("a failing fixture for %s", info.rule()).containsAnyOf("fails(" + rule, "check(" + rule);
            }
        }
    }

    @Test
    void ruleNumbersAreUnique() {
        Set<String> seen = new HashSet<>();
        for (CinRuleInfo info : catalogue) {
            assertThat(seen.add(info.rule())).as(info.rule()).isTrue();
        }
    }
}
