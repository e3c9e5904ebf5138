package uk.org.beacon.casework;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;

class CaseworkApiTest extends BeaconIntegrationTest {

    @Autowired People people;
    @Autowired Staff staff;

    @Test
    void aSystemAllocatesRecordsADecisionAsksForSignOffAndReadsTheWorklistsOverJson() throws Exception {
        UUID child = CaseworkTestData.child(people, "Anouk", "Bramwell", LocalDate.of(2017, 8, 8));
        UUID jordan = CaseworkTestData.staff(staff, "social.worker").id();
        String today = LocalDate.now().toString();

        mvc.perform(post("/api/v1/children/" + child + "/allocation/key-worker").param("version", "0")
                        .with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workerId\":\"" + jordan + "\",\"allocatedOn\":\"" + today + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        String allocated = mvc.perform(post("/api/v1/children/" + child + "/allocation/key-worker").param("version", "0")
                        .with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workerId\":\"" + jordan + "\",\"allocatedOn\":\"" + today + "\",\"reason\":\"Assessment\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lead.workerName").value("Jordan Social-Worker"))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(allocated, "$.version");
        mvc.perform(post("/api/v1/children/" + child + "/allocation/key-worker").param("version", String.valueOf(version - 1))
                        .with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workerId\":\"" + jordan + "\",\"allocatedOn\":\"" + today + "\",\"reason\":\"Again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/children/" + child + "/allocation").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(1));

        mvc.perform(post("/api/v1/children/" + child + "/management-decisions").with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"Proceed to assessment\",\"rationale\":\"Concerns of neglect over time, family agree.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decidedByName").value("Morgan Manager"));
        mvc.perform(get("/api/v1/children/" + child + "/management-decisions").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(jsonPath("$[0].decision").value("Proceed to assessment"));

        String asked = mvc.perform(post("/api/v1/authorisations").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + child + "\",\"kind\":\"ASSESSMENT\",\"subjectId\":\"" + UUID.randomUUID()
                                + "\",\"summary\":\"Assessment complete\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(asked, "$.id");
        mvc.perform(get("/api/v1/authorisations").with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(post("/api/v1/authorisations/" + id + "/decision").param("version", "0").with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.outcome").exists());
        mvc.perform(post("/api/v1/authorisations/" + id + "/decision").param("version", "0").with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"AUTHORISED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AUTHORISED"));

        mvc.perform(get("/api/v1/my-work").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asAt").value(today));
        mvc.perform(get("/api/v1/my-team").param("rule", "T10").with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teamName").value("Safeguarding and Family Support 1"));
        mvc.perform(get("/api/v1/my-team").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/allocations/unallocated").with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD))).andExpect(status().isOk());
    }
}
