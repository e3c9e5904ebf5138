package uk.org.beacon.timescales;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.demodata.DemoAuthority;

/** The timescale and bank holiday pages and their JSON API. */
class TimescalePagesTest extends BeaconIntegrationTest {

    private static final String ADMIN = "admin";

    @Autowired Timescales timescales;

    @Test
    void anAdministratorSeesEachRuleWithItsNationalDefaultAndLocalSetting() throws Exception {
        mvc.perform(get("/admin/timescales").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rule-T5\"")))
                .andExpect(content().string(containsString("15 working days")))
                .andExpect(content().string(containsString("Statutory")));
        mvc.perform(get("/admin/timescales/T5").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hold the initial child protection conference")))
                .andExpect(content().string(containsString("Set a local timescale")));
    }

    @Test
    void aSocialWorkerCannotOpenTheTimescalesPage() throws Exception {
        mvc.perform(get("/admin/timescales").with(user("social.worker").roles("SOCIAL_WORKER"))).andExpect(status().isForbidden());
    }

    @Test
    void aLocalSettingWithoutAReasonIsShownAtTheFieldAndInTheErrorSummary() throws Exception {
        long version = timescales.rule("T13").version();
        mvc.perform(post("/admin/timescales/T13/override").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .param("amount", "five").param("unit", "WORKING_DAYS").param("dayZero", "START_DAY")
                        .param("reason", "").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("Enter the timescale as a whole number, like 15")));
    }

    @Test
    void looseningAStatutoryRuleOnThePageAsksForTheDecisionAndASetThenRemovedSettingIsKeptInTheHistory() throws Exception {
        long version = timescales.rule("T13").version();
        mvc.perform(post("/admin/timescales/T13/override").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .param("amount", "10").param("unit", "WORKING_DAYS").param("dayZero", "START_DAY")
                        .param("reason", "Visiting team short-staffed").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#decisionReference\"")));
        mvc.perform(post("/admin/timescales/T13/override").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .param("amount", "5").param("unit", "WORKING_DAYS").param("dayZero", "START_DAY")
                        .param("reason", "First visits within a working week").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/timescales?changed=T13"));
        mvc.perform(post("/admin/timescales/T13/override/removal").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .param("removalReason", "").param("version", String.valueOf(version + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#removalReason\"")));
        mvc.perform(post("/admin/timescales/T13/override/removal").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .param("removalReason", "Pilot ended").param("version", String.valueOf(version + 1)))
                .andExpect(redirectedUrl("/admin/timescales?removed=T13"));
        mvc.perform(get("/admin/timescales/T13").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(content().string(containsString("First visits within a working week")))
                .andExpect(content().string(containsString("Pilot ended")));
    }

    @Test
    void theBankHolidaysPageListsAYearAndRefusesAWeekend() throws Exception {
        mvc.perform(get("/admin/bank-holidays").param("year", "2023").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bank holiday for the coronation of King Charles III")))
                .andExpect(content().string(containsString("Monday 8 May 2023")));
        mvc.perform(post("/admin/bank-holidays").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .param("dateDay", "8").param("dateMonth", "6").param("dateYear", "2030").param("title", "Synthetic Saturday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#dateDay\"")))
                .andExpect(content().string(containsString("weekends are never working days")));
        mvc.perform(post("/admin/bank-holidays").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2030").param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("href=\"#title\"")));
    }

    @Test
    void anAdministratorAddsABankHolidayOnThePage() throws Exception {
        mvc.perform(post("/admin/bank-holidays").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .param("dateDay", "4").param("dateMonth", "9").param("dateYear", "2030").param("title", "Synthetic page holiday"))
                .andExpect(redirectedUrl("/admin/bank-holidays?year=2030&added=2030-09-04"));
        mvc.perform(get("/api/v1/bank-holidays").param("year", "2030").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", hasItem("Synthetic page holiday")));
    }

    @Test
    void theApiListsRulesAndReadsAClockAsAtAnyDay() throws Exception {
        mvc.perform(get("/api/v1/timescales").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem("T11b")));
        mvc.perform(get("/api/v1/timescales/T2").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(45))
                .andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.statutory").value(true));
        mvc.perform(get("/api/v1/timescales/T2/clock").param("start", "2024-12-16").param("asAt", "2025-02-25")
                        .with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2025-02-20"))
                .andExpect(jsonPath("$.state").value("OVERDUE"))
                .andExpect(jsonPath("$.daysLate").value(3));
        mvc.perform(get("/api/v1/timescales/T99").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bank-holidays").param("year", "2025").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(8)));
    }

    @Test
    void theApiSetsAndRemovesALocalSettingOnlyForAdministrators() throws Exception {
        long version = timescales.rule("T15a").version();
        String body = "{\"amount\":2,\"unit\":\"MONTHS\",\"reason\":\"Needs assessments sooner\",\"version\":" + version + "}";
        mvc.perform(put("/api/v1/timescales/T15a/override").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/timescales/T15a/override").with(httpBasic(ADMIN, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("Needs assessments sooner", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(put("/api/v1/timescales/T15a/override").with(httpBasic(ADMIN, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(2))
                .andExpect(jsonPath("$.nationalAmount").value(3))
                .andExpect(jsonPath("$.overrideReason").value("Needs assessments sooner"));
        mvc.perform(put("/api/v1/timescales/T15a/override").with(httpBasic(ADMIN, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/timescales/T15a/override").param("version", String.valueOf(version + 1)).param("reason", "Back to national")
                        .with(httpBasic(ADMIN, DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(3));
    }

    @Test
    void theApiAddsABankHolidayForAdministratorsAndRefusesADuplicate() throws Exception {
        String body = "{\"date\":\"2030-10-02\",\"title\":\"Synthetic API holiday\"}";
        mvc.perform(post("/api/v1/bank-holidays").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/bank-holidays").with(httpBasic(ADMIN, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("administrator"));
        mvc.perform(post("/api/v1/bank-holidays").with(httpBasic(ADMIN, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date").exists());
    }
}
