package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.beacon.SignedIn.as;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.web.servlet.FlashMap;
import uk.org.beacon.BeaconIntegrationTest;

/** The form that changes a measure's target, its errors at the field, who may use it, and the same over the API. */
class MeasureTargetPagesTest extends BeaconIntegrationTest {

    /** Changed and put back here only; no other test asserts its RAG. */
    static final String MEASURE = "ICPC_GP_REPORT";

    @Autowired Scorecards scorecards;
    @Autowired MeasureTargets targets;

    private static UserRequestPostProcessor quality() {
        return user("quality").roles("QUALITY_PERFORMANCE");
    }

    private Measure today() {
        return as("quality", "QUALITY_PERFORMANCE", () -> scorecards.measure(MEASURE).orElseThrow());
    }

    @Test
    void aQualityOfficerSeesTheFormAndTheTargetHistoryAndAManagerOrSeniorLeaderSeesOnlyTheHistory() throws Exception {
        mvc.perform(get("/performance/measures/" + MEASURE).with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"change-target\"")))
                .andExpect(content().string(containsString("id=\"target-history\"")))
                .andExpect(content().string(containsString("In force since the measure existed")));
        mvc.perform(get("/performance/measures/" + MEASURE).with(user("manager").roles("TEAM_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"target-history\"")))
                .andExpect(content().string(not(containsString("id=\"change-target\""))));
        mvc.perform(get("/performance/measures/" + MEASURE).with(user("senior").roles("SENIOR_LEADER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"change-target\""))));
    }

    @Test
    void aTeamManagerOrASeniorLeaderIsRefusedAChangeOfTargetOnThePageAndOverTheApi() throws Exception {
        long version = today().version();
        for (UserRequestPostProcessor who : new UserRequestPostProcessor[] {user("manager").roles("TEAM_MANAGER"), user("senior").roles("SENIOR_LEADER")}) {
            mvc.perform(post("/performance/measures/" + MEASURE + "/target").param("version", String.valueOf(version)).param("target", "50")
                            .param("amberTolerance", "5").param("reason", "Mine now").with(who).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/performance/measures/" + MEASURE + "/target").param("version", String.valueOf(version)).with(who).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"target\":50,\"amberTolerance\":5,\"reason\":\"Mine now\"}"))
                    .andExpect(status().isForbidden());
        }
        assertThat(today().version()).isEqualTo(version);
    }

    @Test
    void theFormShowsEachErrorAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        long version = today().version();
        FlashMap flashed = mvc.perform(post("/performance/measures/" + MEASURE + "/target").param("version", String.valueOf(version))
                        .param("target", "120").param("amberTolerance", "-2").param("reason", " ").with(quality()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/performance/measures/" + MEASURE + "#change-target"))
                .andExpect(flash().attribute("errors", Map.of("target", "Enter the target as a percentage from 0 to 100",
                        "amberTolerance", "The amber tolerance cannot be negative", "reason", "Enter why the target is changing")))
                .andReturn().getFlashMap();
        mvc.perform(get("/performance/measures/" + MEASURE).flashAttrs(flashed).with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#target\"")))
                .andExpect(content().string(containsString("id=\"target-error\"")))
                .andExpect(content().string(containsString("id=\"amberTolerance-error\"")))
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("value=\"120\"")));
        mvc.perform(post("/performance/measures/" + MEASURE + "/target").param("version", String.valueOf(version))
                        .param("target", "ninety").param("amberTolerance", "").param("reason", "Why not").with(quality()).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("target", "Enter the target as a number, for example 80",
                        "amberTolerance", "Enter the amber tolerance, 0 for none")));
        assertThat(today().version()).isEqualTo(version);
    }

    @Test
    void theApiNamesTheFieldsInErrorRefusesAStaleVersionAndAChangeFromThePageIsShownInTheHistory() throws Exception {
        Measure original = today();
        mvc.perform(put("/api/v1/performance/measures/" + MEASURE + "/target").param("version", String.valueOf(original.version()))
                        .with(quality()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"target\":-1,\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.target").value("The target cannot be negative"))
                .andExpect(jsonPath("$.errors.amberTolerance").value("Enter the amber tolerance, 0 for none"))
                .andExpect(jsonPath("$.errors.reason").value("Enter why the target is changing"));
        mvc.perform(put("/api/v1/performance/measures/" + MEASURE + "/target").param("version", String.valueOf(original.version() - 1))
                        .with(quality()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\":60,\"amberTolerance\":5,\"reason\":\"Stale\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value((int) original.version()));

        mvc.perform(post("/performance/measures/" + MEASURE + "/target").param("version", String.valueOf(original.version()))
                        .param("target", "61.5").param("amberTolerance", "4").param("reason", "Partnership agreed a new bar for GP reports")
                        .with(quality()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("saved"));
        try {
            mvc.perform(get("/api/v1/performance/measures/" + MEASURE).with(quality()))
                    .andExpect(jsonPath("$.target").value(61.5))
                    .andExpect(jsonPath("$.amberTolerance").value(4))
                    .andExpect(jsonPath("$.version").value((int) original.version() + 1));
            mvc.perform(get("/api/v1/performance/measures/" + MEASURE + "/targets").with(quality()))
                    .andExpect(jsonPath("$[0].target").value(61.5))
                    .andExpect(jsonPath("$[0].reason").value("Partnership agreed a new bar for GP reports"));
            mvc.perform(get("/performance/measures/" + MEASURE).with(quality()))
                    .andExpect(content().string(containsString("Partnership agreed a new bar for GP reports")));
        } finally {
            mvc.perform(post("/api/v1/performance/measures/" + MEASURE + "/target").param("version", String.valueOf(original.version() + 1))
                            .with(quality()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"target\":" + original.target().toPlainString() + ",\"amberTolerance\":"
                                    + original.amberTolerance().toPlainString() + ",\"reason\":\"Back to the original target after the test\"}"))
                    .andExpect(status().isOk());
        }
        assertThat(today().target()).isEqualByComparingTo(original.target());
    }
}
