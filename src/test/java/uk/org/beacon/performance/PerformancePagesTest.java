package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static uk.org.beacon.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.identity.Teams;

class PerformancePagesTest extends BeaconIntegrationTest {

    @Autowired Teams teams;
    @Autowired Scorecards scorecards;
    @Autowired uk.org.beacon.identity.Staff staff;
    @Autowired uk.org.beacon.person.People people;
    @Autowired uk.org.beacon.casework.Allocations allocations;
    @Autowired uk.org.beacon.timescales.Clocks clocks;
    @Autowired uk.org.beacon.calendar.WorkingDays workingDays;

    private static UserRequestPostProcessor senior() {
        return user("senior").roles("SENIOR_LEADER");
    }

    @Test
    void theBoardScorecardShowsEachMeasureWithItsValueTargetAndRagInWordsAndATrendWithATextAlternative() throws Exception {
        mvc.perform(get("/performance").with(senior()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Board scorecard")))
                .andExpect(content().string(containsString("id=\"measure-FD_DECIDED_IN_TIME\"")))
                .andExpect(content().string(containsString("Contacts decided within one working day (T1a)")))
                .andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString(">On target<"), containsString(">Off target<"),
                        containsString(">Close to target<"))))
                .andExpect(content().string(containsString(">No target<")))
                .andExpect(content().string(not(containsString("Not available"))))
                // the trend lines follow: the page asks for them once loaded, and links to them drawn in the page
                .andExpect(content().string(containsString("hx-get=\"/performance/trends?asAt=")))
                .andExpect(content().string(containsString("id=\"trend-FD_DECIDED_IN_TIME\"")))
                .andExpect(content().string(containsString("trends=all\">Show the trend</a>")))
                .andExpect(content().string(not(containsString("role=\"img\""))));
        mvc.perform(get("/performance/trends").with(senior()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"trend-FD_DECIDED_IN_TIME\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("Trend over 12 months.")));
        mvc.perform(get("/performance").param("trends", "all").with(senior()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("Trend over 12 months.")))
                .andExpect(content().string(not(containsString("hx-get=\"/performance/trends"))));
    }

    @Test
    void theBoardsFiguresAreTheFullBoardsWithoutTheEarlierTrendPoints() {
        var full = as("senior", "SENIOR_LEADER", () -> scorecards.scorecard(Level.authority(), scorecards.today(), null));
        var headlines = as("senior", "SENIOR_LEADER", () -> scorecards.headlines(Level.authority(), scorecards.today(), null));
        assertThat(headlines).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            MeasureResult f = full.get(i);
            MeasureResult h = headlines.get(i);
            assertThat(h.measure().id()).isEqualTo(f.measure().id());
            assertThat(h.numerator() + "/" + h.denominator() + " " + h.value() + " " + h.rag() + " " + h.direction())
                    .as(f.measure().id()).isEqualTo(f.numerator() + "/" + f.denominator() + " " + f.value() + " " + f.rag() + " " + f.direction());
            assertThat(h.trend()).as(f.measure().id()).containsExactlyElementsOf(f.trend().subList(f.trend().size() - 2, f.trend().size()));
        }
    }

    @Test
    void aMeasurePageListsTheChildrenBehindTheFigureWithLinksToTheirRecords() throws Exception {
        mvc.perform(get("/performance/measures/FD_CONTACTS").with(senior()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"measure-definition\"")))
                .andExpect(content().string(containsString("id=\"trend-chart\"")))
                .andExpect(content().string(containsString("href=\"/children/")));
        mvc.perform(get("/performance/measures/FD_DECIDED_IN_TIME").param("show", "denominator").with(senior()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("considered")));
    }

    @Test
    void aLongListBehindAFigureIsShownAHundredAtATimeWithLinksToTheOtherPages() throws Exception {
        java.time.LocalDate today = scorecards.today();
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Paged list team");
        java.util.UUID child = PerformanceTestData.child(people, "Pia", "Longlist");
        as(t.manager().username(), "TEAM_MANAGER", () -> allocations.allocate(child, 0, t.first().id(), today.minusDays(70), "Child in need plan"));
        java.time.LocalDate from = PerformanceTestData.workingDaysBefore(workingDays, today, 30);
        for (int n = 0; n < 101; n++) {
            as(t.manager().username(), "TEAM_MANAGER", () -> clocks.start("T10", child, "VISITS", java.util.UUID.randomUUID(), from));
        }
        String page = "/performance/measures/CLOCKS_OVERDUE";
        String first = mvc.perform(get(page).param("team", t.team().id().toString()).with(senior()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("behind the figure (101)")))
                .andExpect(content().string(containsString("Showing 1 to 100 of 101.")))
                .andExpect(content().string(containsString("id=\"items-pages\"")))
                .andExpect(content().string(containsString("page=2#items-heading")))
                .andExpect(content().string(containsString("aria-label=\"Page 2\"")))
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("href=\"/children/", -1)).hasSize(101);
        String second = mvc.perform(get(page).param("team", t.team().id().toString()).param("page", "2").with(senior()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 101 to 101 of 101.")))
                .andExpect(content().string(containsString("rel=\"prev\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(second.split("href=\"/children/", -1)).hasSize(2);
        // a page past the end shows the last; nonsense shows the first
        mvc.perform(get(page).param("team", t.team().id().toString()).param("page", "9").with(senior()))
                .andExpect(content().string(containsString("Showing 101 to 101 of 101.")));
        mvc.perform(get(page).param("team", t.team().id().toString()).param("page", "two").with(senior()))
                .andExpect(content().string(containsString("Showing 1 to 100 of 101.")));
    }

    @Test
    void aTeamAndAWorkerHaveTheirOwnScorecard() throws Exception {
        var team = teams.all().stream().filter(t -> !t.retired()).findFirst().orElseThrow();
        mvc.perform(get("/performance/teams/" + team.id()).with(user("manager").roles("TEAM_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Team scorecard")))
                .andExpect(content().string(containsString(team.name())));
    }

    @Test
    void theScorecardExportsToASpreadsheetThatReadsBackWithEveryMeasureAndItsRag() throws Exception {
        byte[] xlsx = mvc.perform(get("/performance/scorecard.xlsx").param("asAt", "2026-10-31").with(user("quality").roles("QUALITY_PERFORMANCE")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Scorecard");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("as at 2026-10-31");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("RAG");
            List<String> measures = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                measures.add(row.getCell(0).getStringCellValue());
                assertThat(row.getCell(6).getStringCellValue()).isIn("On target", "Close to target", "Off target", "No target");
            }
            assertThat(measures).contains("Contacts received", "Re-referrals within 12 months", "Timescales overdue");
            assertThat(book.getSheet("Definitions").getRow(1).getCell(2).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void theApiGivesTheScorecardAndTheItemsBehindAMeasure() throws Exception {
        mvc.perform(get("/api/v1/performance/scorecard").with(senior()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").exists())
                .andExpect(jsonPath("$[0].trend.length()").value(12));
        mvc.perform(get("/api/v1/performance/measures/FD_RE_REFERRALS").with(senior()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalComparator").value(22.6));
        mvc.perform(get("/api/v1/performance/measures/FD_CONTACTS/items").with(senior()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].itemId").exists());
    }

    @Test
    void aSocialWorkerCannotOpenTheScorecardsAndSeesOnlyTheirOwnFixes() throws Exception {
        mvc.perform(get("/performance").with(user("social.worker").roles("SOCIAL_WORKER"))).andExpect(status().isForbidden());
        mvc.perform(get("/performance/data-quality").with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theWorkloadAndDataQualityPagesRenderAndAWeightChangeNeedsAReason() throws Exception {
        mvc.perform(get("/performance/workload").with(user("manager").roles("TEAM_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open cases per worker")))
                .andExpect(content().string(containsString("Looked-after children will count once periods of care are recorded")));
        mvc.perform(get("/performance/data-quality").with(senior()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ethnicity recorded")));
        mvc.perform(post("/performance/workload/weights/UNBORN").param("version", "0").param("weight", "1.3").param("reason", "")
                        .with(user("quality").roles("QUALITY_PERFORMANCE")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("errors",
                        java.util.Map.of("UNBORN-reason", "Enter why the weight is changing")));
        mvc.perform(post("/performance/workload/weights/UNBORN").param("version", "0").param("weight", "1.3").param("reason", "Test")
                        .with(user("manager").roles("TEAM_MANAGER")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
