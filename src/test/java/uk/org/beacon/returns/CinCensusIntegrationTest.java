package uk.org.beacon.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.w3c.dom.Document;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.PinnedClock;
import uk.org.beacon.SignedIn;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.returns.cin.CinAssessment;
import uk.org.beacon.returns.cin.CinCensusRules;
import uk.org.beacon.returns.cin.CinCensusSource;
import uk.org.beacon.returns.cin.CinChild;
import uk.org.beacon.returns.cin.CinEpisode;
import uk.org.beacon.returns.cin.CinHeader;
import uk.org.beacon.returns.cin.CinReturn;
import uk.org.beacon.returns.cin.CinSchemas;
import uk.org.beacon.returns.cin.UnsupportedCensusYear;

class CinCensusIntegrationTest extends BeaconIntegrationTest {

    @Autowired CinCensus census;
    @Autowired CinCensusRules rules;
    @Autowired uk.org.beacon.returns.cin.CinCensusChecks checks;
    @Autowired CinSchemas schemas;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditTrail audit;
    @Autowired CurrentStaff currentStaff;
    @Autowired Clock clock;
    @Autowired PinnedClock pinnedClock;

    private static <T> T asQuality(java.util.function.Supplier<T> work) {
        return SignedIn.as("quality", "QUALITY_PERFORMANCE", work);
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** A service over a fixed return, to test the service's own logic apart from the extraction. */
    private CinCensus over(CinReturn fixed, String laNumber) {
        CinCensusSource source = new CinCensusSource() {
            @Override
            public CinReturn build(CensusYear year, LocalDate asAt) {
                return new CinReturn(year, fixed.header(), fixed.children());
            }

            @Override
            public CinReturn buildForChild(CensusYear year, LocalDate asAt, UUID personId) {
                return new CinReturn(year, fixed.header(), fixed.children().stream().filter(c -> c.personId().equals(personId)).toList());
            }
        };
        return new CinCensus(source, rules, checks, schemas, jdbc, transactions, audit, currentStaff, clock, laNumber, "9.8.7");
    }

    private static CinChild child(String laChildId, String sex, LocalDate referral) {
        return new CinChild(UUID.randomUUID(), laChildId, null, null, "UN1", referral.minusYears(3), null, sex, null, "WBRI", List.of("NONE"),
                List.of(new CinEpisode(UUID.randomUUID(), referral, "6", "N1", null, null, null,
                        List.of(new CinAssessment(UUID.randomUUID(), referral.plusDays(1), null, List.of())), List.of(), List.of(), false, List.of())));
    }

    @Test
    void theSmallDemoAuthoritysReturnForTheDefaultCensusYearPassesItsSchemaWithEveryChildInTheFile() throws Exception {
        CensusYear year = census.defaultYear();
        CinCensusResult result = asQuality(() -> census.generate(year, CinCensus.Through.API));

        assertThat(result.schemaProblems()).isEmpty();
        assertThat(result.contents().children()).isPositive();
        assertThat(result.contents().episodes()).isGreaterThanOrEqualTo(result.contents().children());
        Document file = parse(result.xml());
        assertThat(file.getElementsByTagName("Child").getLength()).isEqualTo(result.contents().children());
        assertThat(file.getElementsByTagName("CINdetails").getLength()).isEqualTo(result.contents().episodes());
        assertThat(file.getElementsByTagName("Assessments").getLength()).isEqualTo(result.contents().assessments());
        assertThat(file.getElementsByTagName("Section47").getLength()).isEqualTo(result.contents().section47s());
        assertThat(file.getElementsByTagName("CINPlanDates").getLength()).isEqualTo(result.contents().cinPlans());
        assertThat(file.getElementsByTagName("ChildProtectionPlans").getLength()).isEqualTo(result.contents().protectionPlans());
        assertThat(file.getElementsByTagName("LEA").item(0).getTextContent()).isEqualTo("201");
        assertThat(file.getElementsByTagName("SoftwareCode").item(0).getTextContent()).isEqualTo("Beacon");
        assertThat(file.getElementsByTagName("Release").item(0).getTextContent()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(file.getElementsByTagName("SerialNo").item(0).getTextContent()).isEqualTo(result.serialNo()).matches("\\d{3,}");
        assertThat(file.getElementsByTagName("Year").item(0).getTextContent()).isEqualTo(String.valueOf(year.endYear()));
        assertThat(file.getElementsByTagName("ReferenceDate").item(0).getTextContent()).isEqualTo(year.referenceDate().toString());
        assertThat(result.asAt()).isEqualTo(census.asAt(year));
        assertThat(result.cost().elapsedMillis()).isNotNegative();
        assertThat(result.cost().peakHeapBytes()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cin_census_breach WHERE census_year = :y").param("y", year.endYear())
                .query(Long.class).single()).as("the return's breaches are the year's current list").isEqualTo(result.breaches().size());
    }

    @Test
    void eachFileMadeIsNumberedForItsYearLoggedWithItsDigestAndAudited() throws Exception {
        CensusYear year = new CensusYear(2025);
        CinCensus fixed = over(new CinReturn(year, null, List.of(child("A1", "F", LocalDate.of(2024, 6, 3)))), "201");

        CinCensusResult first = asQuality(() -> fixed.generate(year, CinCensus.Through.PAGE));
        CinCensusResult second = asQuality(() -> fixed.generate(year, CinCensus.Through.API));

        assertThat(Integer.parseInt(second.serialNo())).isEqualTo(Integer.parseInt(first.serialNo()) + 1);
        assertThat(first.serialNo()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(new String(second.xml(), java.nio.charset.StandardCharsets.UTF_8)).contains("<SerialNo>" + second.serialNo() + "</SerialNo>",
                "<LEA>201</LEA>", "<Release>9.8.7</Release>");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(second.xml()));
        assertThat(second.sha256()).isEqualTo(sha);
        var logged = asQuality(() -> fixed.files(year)).stream().filter(f -> f.id().equals(second.fileId())).findFirst().orElseThrow();
        assertThat(logged.serialNo()).isEqualTo(second.serialNo());
        assertThat(logged.sha256()).isEqualTo(sha);
        assertThat(logged.children()).isEqualTo(1);
        assertThat(logged.schemaValid()).isTrue();
        assertThat(logged.through()).isEqualTo(CinCensus.Through.API);
        assertThat(logged.madeBy()).isEqualTo(SignedIn.as("quality", "QUALITY_PERFORMANCE", () -> currentStaff.id().orElseThrow()));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE subject_type = 'CIN_CENSUS_FILE' AND subject_id = :id AND action = 'CREATED'")
                .param("id", second.fileId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChildTheSchemaCannotTakeIsHeldBackNamedAndTheRestOfTheFileStillPasses() {
        CensusYear year = new CensusYear(2026);
        CinChild noSex = child("A2", null, LocalDate.of(2025, 9, 1));
        CinCensus fixed = over(new CinReturn(year, null, List.of(child("A1", "M", LocalDate.of(2025, 9, 1)), noSex)), "201");

        CinCensusResult result = asQuality(() -> fixed.check(year));

        assertThat(result.schemaValid()).isTrue();
        assertThat(result.contents().children()).isEqualTo(1);
        assertThat(result.heldBack()).singleElement().satisfies(h -> {
            assertThat(h.personId()).isEqualTo(noSex.personId());
            assertThat(h.elements()).containsExactly("Sex");
        });
        assertThat(result.clean()).isFalse();
        assertThat(result.fileId()).isNull();
        assertThat(result.xml()).as("a check keeps no file").isNull();
    }

    @Test
    void aReturnWithNobodyInTheYearFailsTheSchemaAndSaysWhere() {
        CensusYear year = new CensusYear(2024);
        CinCensusResult result = asQuality(() -> over(new CinReturn(year, null, List.of()), "201").check(year));
        assertThat(result.schemaValid()).isFalse();
        assertThat(result.schemaProblems().get(0).path()).isEqualTo("/Message/Children");
    }

    @Test
    void aYearWithoutASchemaIsRefusedWithTheSupportedYearsListed() {
        assertThatThrownBy(() -> asQuality(() -> census.check(new CensusYear(2019))))
                .isInstanceOf(UnsupportedCensusYear.class)
                .hasMessageContaining("2019 (2018-19)")
                .hasMessageContaining("2024 (2023-24), 2025 (2024-25), 2026 (2025-26)");
    }

    @Test
    void withoutTheAuthoritysLaNumberTheReturnCannotBeMadeAndTheMessageSaysWhatToSet() {
        CensusYear year = new CensusYear(2026);
        CinCensus unset = over(new CinReturn(year, null, List.of(child("A1", "M", LocalDate.of(2025, 9, 1)))), "");
        assertThatThrownBy(() -> asQuality(() -> unset.check(year))).isInstanceOf(CinCensusNotConfigured.class)
                .hasMessageContaining("set beacon.la-number");
        CinCensus wrong = over(new CinReturn(year, null, List.of()), "99");
        assertThatThrownBy(() -> asQuality(() -> wrong.check(year))).isInstanceOf(CinCensusNotConfigured.class)
                .hasMessageContaining("'99'");
    }

    @Test
    void duringACensusYearTheReturnIsMadeAsAtTodayAndAfterItAsAtItsReferenceDate() {
        pinnedClock.pin(LocalDate.of(2026, 2, 10), LocalTime.NOON);
        assertThat(census.defaultYear()).isEqualTo(new CensusYear(2026));
        assertThat(census.asAt(new CensusYear(2026))).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(census.asAt(new CensusYear(2025))).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(census.supportedYears()).containsExactly(new CensusYear(2024), new CensusYear(2025), new CensusYear(2026));

        pinnedClock.pin(LocalDate.of(2026, 5, 10), LocalTime.NOON);
        assertThat(census.defaultYear()).as("2026-27 has no schema: the year just ended").isEqualTo(new CensusYear(2026));
        assertThat(census.asAt(new CensusYear(2026))).isEqualTo(LocalDate.of(2026, 3, 31));

        pinnedClock.pin(LocalDate.of(2024, 5, 10), LocalTime.NOON);
        assertThat(census.supportedYears()).as("a year that has not begun cannot be made").containsExactly(new CensusYear(2024), new CensusYear(2025));
        assertThat(census.defaultYear()).isEqualTo(new CensusYear(2025));
    }

    @Test
    void onlyAdministratorsQualityOfficersAndSeniorLeadersMayMakeTheReturn() {
        CensusYear year = new CensusYear(2026);
        assertThatThrownBy(() -> SignedIn.as("social.worker", "SOCIAL_WORKER", () -> census.check(year)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as("manager", "TEAM_MANAGER", () -> census.generate(year, CinCensus.Through.PAGE)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(SignedIn.as("senior", "SENIOR_LEADER", () -> census.catalogue())).isNotEmpty();
    }

    @Test
    void theMadeAtTimeInTheHeaderIsBeaconsClockInUkTime() {
        pinnedClock.pin(LocalDate.of(2026, 3, 2), LocalTime.of(9, 30, 15));
        CensusYear year = new CensusYear(2026);
        CinCensusResult result = asQuality(() -> over(new CinReturn(year, new CinHeader("999", "x", "y", "1", null),
                List.of(child("A1", "F", LocalDate.of(2025, 9, 1)))), "201").generate(year, CinCensus.Through.PAGE));
        assertThat(result.madeAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 30, 15));
        assertThat(new String(result.xml(), java.nio.charset.StandardCharsets.UTF_8)).contains("<DateTime>2026-03-02T09:30:15</DateTime>")
                .as("the source's header is replaced by Beacon's").contains("<LEA>201</LEA>").doesNotContain("<LEA>999</LEA>");
    }
}
