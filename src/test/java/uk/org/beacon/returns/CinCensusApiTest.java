package uk.org.beacon.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.returns.cin.CinCensusRules;
import uk.org.beacon.returns.cin.CinCensusSource;
import uk.org.beacon.returns.cin.CinReturn;
import uk.org.beacon.returns.cin.CinSchemaProblem;
import uk.org.beacon.returns.cin.CinSchemas;

class CinCensusApiTest extends BeaconIntegrationTest {

    @Autowired CinCensus census;
    @Autowired CinSchemas schemas;
    @Autowired CinCensusRules rules;
    @Autowired uk.org.beacon.returns.cin.CinCensusChecks checks;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditTrail audit;
    @Autowired CurrentStaff currentStaff;
    @Autowired Clock clock;

    @Test
    void aSystemDownloadsTheYearsFileAsXmlWithItsFiguresInTheHeaders() throws Exception {
        CensusYear year = census.defaultYear();
        var response = mvc.perform(get("/api/v1/returns/cin-census").param("year", String.valueOf(year.endYear()))
                        .with(httpBasic("quality", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/xml")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"cin-census-" + year.endYear() + ".xml\""))
                .andExpect(header().exists("X-Beacon-Elapsed-Ms"))
                .andExpect(header().exists("X-Beacon-Allocated-Bytes"))
                .andExpect(header().exists("X-Beacon-Peak-Heap-Bytes"))
                .andExpect(header().exists("X-Beacon-Serial-No"))
                .andReturn().getResponse();
        byte[] xml = response.getContentAsByteArray();
        assertThat(schemas.check(year, new ByteArrayInputStream(xml))).isEmpty();
        assertThat(Integer.parseInt(response.getHeader("X-Beacon-Children"))).isPositive();
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("<SerialNo>" + response.getHeader("X-Beacon-Serial-No") + "</SerialNo>");
    }

    @Test
    void anUnsupportedYearIsABadRequestListingTheSupportedYears() throws Exception {
        mvc.perform(get("/api/v1/returns/cin-census").param("year", "2019").with(httpBasic("quality", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.title").value("Unsupported census year"))
                .andExpect(jsonPath("$.detail").value(containsString("2024 (2023-24), 2025 (2024-25), 2026 (2025-26)")))
                .andExpect(jsonPath("$.supportedYears[0]").value(2024))
                .andExpect(jsonPath("$.supportedYears[2]").value(2026));
        mvc.perform(get("/api/v1/returns/cin-census/breaches").param("year", "2019").with(httpBasic("quality", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/returns/cin-census").param("year", "next").with(httpBasic("quality", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theBreachesComeAsJsonWithTheReturnsCounts() throws Exception {
        CensusYear year = census.defaultYear();
        mvc.perform(get("/api/v1/returns/cin-census/breaches").param("year", String.valueOf(year.endYear()))
                        .with(httpBasic("senior", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(year.endYear()))
                .andExpect(jsonPath("$.label").value(year.label()))
                .andExpect(jsonPath("$.referenceDate").value(year.referenceDate().toString()))
                .andExpect(jsonPath("$.schemaValid").value(true))
                .andExpect(jsonPath("$.counts.children").isNumber())
                .andExpect(jsonPath("$.counts.errors").isNumber())
                .andExpect(jsonPath("$.breaches").isArray())
                .andExpect(jsonPath("$.cost.elapsedMillis").isNumber());
        mvc.perform(get("/api/v1/returns/cin-census/breaches").param("kind", "ERROR").with(httpBasic("senior", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.breaches[?(@.kind == 'QUERY')]").isEmpty());
        mvc.perform(get("/api/v1/returns/cin-census/rules").with(httpBasic("senior", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.rule == '8500')].kind").value("ERROR"));
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/returns/cin-census'].get.responses['200'].content['application/xml']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/returns/cin-census'].get.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/returns/cin-census'].get.responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/returns/cin-census/breaches'].get").exists());
    }

    @Test
    void aSocialWorkerCannotMakeTheReturn() throws Exception {
        mvc.perform(get("/api/v1/returns/cin-census").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFileThatFailsItsSchemaIsNotSentButAnsweredWithTheProblems() {
        CensusYear year = new CensusYear(2024);
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
        ResponseEntity<?> response = SignedIn.as("quality", "QUALITY_PERFORMANCE", () -> new CinCensusApi(overNobody).file(2024));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getTitle()).isEqualTo("The file fails its schema");
        @SuppressWarnings("unchecked")
        List<CinSchemaProblem> problems = (List<CinSchemaProblem>) problem.getProperties().get("schemaProblems");
        assertThat(problems).extracting(CinSchemaProblem::path).containsExactly("/Message/Children");
        assertThat(problems.get(0).line()).isPositive();
        assertThat(year.endYear()).isEqualTo(problem.getProperties().get("year"));
    }
}
