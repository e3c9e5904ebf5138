package uk.org.beacon.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.person.PersonTestData;

class ApiTest extends BeaconIntegrationTest {

    private static final String WORKER = "social.worker";

    @Test
    void theApiNeedsAnAccount() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void healthIsUpWhenTheDatabaseIsReachable() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theApiIsDocumentedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths", hasKey("/api/v1/people")));
    }

    @Test
    void aMalformedDateIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic(WORKER, DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CHILD\",\"givenName\":\"Lou\",\"familyName\":\"Zeal\",\"dateOfBirth\":\"31/02/2019\",\"legalSex\":\"F\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dateOfBirth").exists());
    }

    @Test
    void aRuleBreachIsA400WithEachFieldNamed() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic(WORKER, DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CHILD\",\"givenName\":\"Lou\",\"familyName\":\"Zeal\",\"dateOfBirth\":\"2019-02-03\",\"legalSex\":\"F\",\"nhsNumber\":\"123\",\"ethnicity\":\"XXXX\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nhsNumber").exists())
                .andExpect(jsonPath("$.errors.ethnicity").exists());
    }

    @Test
    void aPersonIsCreatedReadAndChangedWithOptimisticLocking() throws Exception {
        String nhs = PersonTestData.nextNhsNumber();
        String body = "{\"kind\":\"CHILD\",\"givenName\":\"Mae\",\"familyName\":\"Abernethy\",\"dateOfBirth\":\"2018-07-08\",\"legalSex\":\"F\",\"nhsNumber\":\"" + nhs + "\"}";
        MvcResult created = mvc.perform(post("/api/v1/people").with(httpBasic(WORKER, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        String changed = body.replace("Abernethy", "Abernethy-Cole");
        mvc.perform(put("/api/v1/people/" + id).param("version", "0").with(httpBasic(WORKER, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/people/" + id).param("version", "0").with(httpBasic(WORKER, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.differences[0].field").value("Last name"));
        mvc.perform(get("/api/v1/people").param("name", "Abernethy-Cole").with(httpBasic(WORKER, DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void onlyAdministratorsReadAccessLogs() throws Exception {
        mvc.perform(get("/api/v1/staff").with(httpBasic(WORKER, DemoAuthority.DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff").with(httpBasic("admin", DemoAuthority.DEMO_PASSWORD))).andExpect(status().isOk());
    }
}
