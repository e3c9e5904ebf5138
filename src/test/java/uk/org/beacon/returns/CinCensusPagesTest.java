package uk.org.beacon.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.returns.cin.CinSchemas;

class CinCensusPagesTest extends BeaconIntegrationTest {

    @Autowired CinCensus census;
    @Autowired CinSchemas schemas;

    private static UserRequestPostProcessor quality() {
        return user("quality").roles("QUALITY_PERFORMANCE");
    }

    @Test
    void theReturnPageShowsTheCurrentYearsFiguresTheSchemaResultAndTheDownload() throws Exception {
        CensusYear year = census.defaultYear();
        mvc.perform(get("/returns/cin-census").with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Children in need census <span id=\"year-label\">" + year.label() + "</span>")))
                .andExpect(content().string(containsString("id=\"children\"")))
                .andExpect(content().string(containsString("id=\"held-back\"")))
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Passes</strong>")))
                .andExpect(content().string(containsString("href=\"/returns/cin-census/file?year=" + year.endYear() + "\"")))
                .andExpect(content().string(containsString("value=\"" + year.endYear() + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("href=\"/returns/cin-census/breaches?year=" + year.endYear() + "&amp;kind=ERROR\"")));
    }

    @Test
    void anAdministratorAndASeniorLeaderMayOpenItButNotASocialWorkerOrAManager() throws Exception {
        mvc.perform(get("/returns/cin-census").with(user("admin").roles("ADMINISTRATOR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/returns/cin-census\">Returns</a>")));
        mvc.perform(get("/returns/cin-census/rules").with(user("senior").roles("SENIOR_LEADER"))).andExpect(status().isOk());
        mvc.perform(get("/returns/cin-census").with(user("social.worker").roles("SOCIAL_WORKER"))).andExpect(status().isForbidden());
        mvc.perform(get("/returns/cin-census/file").with(user("manager").roles("TEAM_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/my-work").with(user("manager").roles("TEAM_MANAGER")))
                .andExpect(content().string(not(containsString("href=\"/returns/cin-census\">Returns</a>"))));
    }

    @Test
    void theDownloadIsTheYearsFileAsAnAttachmentThatPassesItsSchema() throws Exception {
        CensusYear year = census.defaultYear();
        byte[] xml = mvc.perform(get("/returns/cin-census/file").param("year", String.valueOf(year.endYear())).with(quality()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/xml")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"cin-census-" + year.endYear() + ".xml\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(schemas.check(year, new ByteArrayInputStream(xml))).isEmpty();
        mvc.perform(get("/returns/cin-census").param("year", String.valueOf(year.endYear())).with(quality()))
                .andExpect(content().string(containsString("id=\"files\"")))
                .andExpect(content().string(containsString("Quality")));
    }

    @Test
    void theBreachesAreListedByRuleWithFiltersForErrorsAndQueries() throws Exception {
        CensusYear year = census.defaultYear();
        mvc.perform(get("/returns/cin-census/breaches").param("year", String.valueOf(year.endYear())).with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Errors and queries")))
                .andExpect(content().string(containsString("id=\"filters\"")))
                .andExpect(content().string(containsString("aria-current=\"page\">All</a>")))
                .andExpect(content().string(containsString("href=\"/children/")))
                .andExpect(content().string(containsString("Census items: ")));
        mvc.perform(get("/returns/cin-census/breaches").param("year", String.valueOf(year.endYear())).param("kind", "QUERY").with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Queries</h1>")))
                .andExpect(content().string(containsString("aria-current=\"page\">Queries only</a>")));
    }

    @Test
    void theRulesPageListsTheCatalogue() throws Exception {
        mvc.perform(get("/returns/cin-census/rules").with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rule-8500\"")))
                .andExpect(content().string(containsString("LAchildID is missing.")));
    }

    @Test
    void aYearWithoutASchemaGetsAMessageListingTheYearsThatCanBeMade() throws Exception {
        mvc.perform(get("/returns/cin-census").param("year", "2019").with(quality()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("2019 (2018-19)")))
                .andExpect(content().string(containsString("2024 (2023-24), 2025 (2024-25), 2026 (2025-26)")));
    }

    @Test
    void theScorecardAndTheAdministrationPageLinkToTheReturn() throws Exception {
        mvc.perform(get("/performance").with(quality())).andExpect(content().string(containsString("id=\"cin-census-link\"")));
        mvc.perform(get("/admin").with(user("admin").roles("ADMINISTRATOR"))).andExpect(content().string(containsString("id=\"cin-census-link\"")));
    }
}
