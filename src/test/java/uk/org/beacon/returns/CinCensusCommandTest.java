package uk.org.beacon.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.returns.cin.CinCensusRules;
import uk.org.beacon.returns.cin.CinCensusSource;
import uk.org.beacon.returns.cin.CinReturn;
import uk.org.beacon.returns.cin.CinSchemas;

class CinCensusCommandTest extends BeaconIntegrationTest {

    @Autowired CinCensusCommand command;
    @Autowired CinCensus census;
    @Autowired CinSchemas schemas;
    @Autowired CinCensusRules rules;
    @Autowired uk.org.beacon.returns.cin.CinCensusChecks checks;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditTrail audit;
    @Autowired CurrentStaff currentStaff;
    @Autowired Clock clock;

    @TempDir Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aScheduledJobWritesTheYearsFileAndABreachesSummaryAndExitsZeroOnlyWhenTheReturnIsClean() throws Exception {
        CensusYear year = census.defaultYear();
        Path output = folder.resolve("returns/cin-" + year.endYear() + ".xml");

        int code = command.run(String.valueOf(year.endYear()), output, out);

        CinCensusResult check = SignedIn.as("quality", "QUALITY_PERFORMANCE", () -> census.check(year));
        assertThat(code).isEqualTo(check.clean() ? CinCensusCommand.CLEAN : CinCensusCommand.ERRORS);
        assertThat(output).exists();
        assertThat(schemas.check(year, Files.newInputStream(output))).isEmpty();
        assertThat(printed()).contains("CIN census " + year.endYear() + " (" + year.label() + ")", "Children " + check.contents().children(),
                "Errors " + check.errors() + ", queries " + check.queries(), "Wrote " + output);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the command leaves no one signed in").isNull();
        Map<String, Object> logged = jdbc.sql("SELECT made_through, made_by FROM returns.cin_census_file WHERE census_year = :y ORDER BY made_at DESC LIMIT 1")
                .param("y", year.endYear()).query().singleRow();
        assertThat(logged.get("made_through")).isEqualTo("COMMAND_LINE");
        assertThat(logged.get("made_by")).isNull();
    }

    @Test
    void withNoYearTheDefaultYearIsMade() {
        Path output = folder.resolve("cin.xml");
        int code = command.run("", output, out);
        assertThat(code).isIn(CinCensusCommand.CLEAN, CinCensusCommand.ERRORS);
        assertThat(printed()).contains("CIN census " + census.defaultYear().endYear());
    }

    @Test
    void aYearThatCannotBeMadeIsRefusedWithTheYearsThatCanAndNoFile() {
        Path output = folder.resolve("cin-2019.xml");
        assertThat(command.run("2019", output, out)).isEqualTo(CinCensusCommand.NOT_MADE);
        assertThat(command.run("twenty", output, out)).isEqualTo(CinCensusCommand.NOT_MADE);
        assertThat(output).doesNotExist();
        assertThat(printed()).contains("2024 (2023-24), 2025 (2024-25), 2026 (2025-26)", "'twenty' is not a census year");
    }

    @Test
    void aFileFailingItsSchemaIsNotWrittenAndTheExitCodeSaysSo() {
        CinCensusSource nobody = new CinCensusSource() {
            @Override
            public CinReturn build(CensusYear y, LocalDate asAt) {
                return new CinReturn(y, null, List.of());
            }

            @Override
            public CinReturn buildForChild(CensusYear y, LocalDate asAt, UUID personId) {
                return build(y, asAt);
            }
        };
        CinCensus overNobody = new CinCensus(nobody, rules, checks, schemas, jdbc, transactions, audit, currentStaff, clock, "201", "1.0");
        Path output = folder.resolve("cin-2024.xml");

        assertThat(new CinCensusCommand(overNobody).run("2024", output, out)).isEqualTo(CinCensusCommand.SCHEMA_INVALID);
        assertThat(output).doesNotExist();
        assertThat(printed()).contains("not written", "/Message/Children");
    }

    @Test
    void namingAnOutputStartsBeaconWithoutItsWebServer() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args", Map.of(CinCensusCommandLine.OUTPUT, "/tmp/cin.xml")));
        new CinCensusCommandLine().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");

        StandardEnvironment normal = new StandardEnvironment();
        new CinCensusCommandLine().postProcessEnvironment(normal, new SpringApplication());
        assertThat(normal.getProperty("spring.main.web-application-type")).isNull();
    }
}
