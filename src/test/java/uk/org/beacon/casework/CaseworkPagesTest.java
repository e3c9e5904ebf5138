package uk.org.beacon.casework;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;

class CaseworkPagesTest extends BeaconIntegrationTest {

    @Autowired People people;
    @Autowired Staff staff;
    @Autowired Allocations allocations;
    @Autowired JdbcClient jdbc;
    @Autowired CaseNotes notes;

    private static RequestPostProcessor manager() {
        return user("manager").roles("TEAM_MANAGER");
    }

    private static RequestPostProcessor worker() {
        return SecurityMockMvcRequestPostProcessors.user("social.worker").roles("SOCIAL_WORKER");
    }

    @Test
    void socialWorkersAndManagersLandOnTheirOwnWorkAndSeeItInTheMenu() throws Exception {
        mvc.perform(get("/").with(worker())).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", endsWith("/my-work")));
        mvc.perform(get("/").with(user("screener").roles("SCREENER"))).andExpect(status().isOk());
        mvc.perform(get("/my-work").with(worker()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">My work</h1>")))
                .andExpect(content().string(containsString("href=\"/my-work\">My work</a>")))
                .andExpect(content().string(not(containsString("href=\"/my-team\">My team</a>"))));
        mvc.perform(get("/my-team").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Safeguarding and Family Support 1")))
                .andExpect(content().string(containsString("href=\"/authorisations\">Authorisations</a>")));
        mvc.perform(get("/my-team").with(worker())).andExpect(status().isForbidden());
    }

    @Test
    void myWorkAsAtAPastDaySaysSo() throws Exception {
        String day = LocalDate.now().minusDays(30).toString();
        mvc.perform(get("/my-work").param("asAt", day).with(worker()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"as-at-notice\"")))
                .andExpect(content().string(containsString("value=\"" + day + "\"")));
    }

    @Test
    void allocatingWithoutAWorkerOrAReasonShowsEachProblemAtItsField() throws Exception {
        UUID child = CaseworkTestData.child(people, "Hester", "Blackwood", LocalDate.of(2016, 4, 4));
        mvc.perform(get("/children/" + child + "/allocation").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This child's case has not been allocated.")))
                .andExpect(content().string(containsString("id=\"allocate-key-worker\"")));
        mvc.perform(post("/children/" + child + "/allocation/key-worker").param("version", "0").param("workerId", "")
                        .param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2026").param("reason", "")
                        .with(csrf()).with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Date of the allocation must be a real date")))
                .andExpect(content().string(containsString("href=\"#dateDay\"")));
        LocalDate today = LocalDate.now();
        mvc.perform(post("/children/" + child + "/allocation/key-worker").param("version", "0").param("workerId", "")
                        .param("dateDay", String.valueOf(today.getDayOfMonth())).param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear())).param("reason", "")
                        .with(csrf()).with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#workerId\"")))
                .andExpect(content().string(containsString("id=\"workerId-error\"")))
                .andExpect(content().string(containsString("Select the worker")))
                .andExpect(content().string(containsString("Enter why the case is allocated to this worker")));
        String jordan = CaseworkTestData.staff(staff, "social.worker").id().toString();
        mvc.perform(post("/children/" + child + "/allocation/key-worker").param("version", "0").param("workerId", jordan)
                        .param("dateDay", String.valueOf(today.getDayOfMonth())).param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear())).param("reason", "New referral for assessment")
                        .with(csrf()).with(manager()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/allocation").with(manager()))
                .andExpect(content().string(containsString("Jordan Social-Worker, since")))
                .andExpect(content().string(containsString("Morgan Manager: New referral for assessment")));
        mvc.perform(post("/children/" + child + "/allocation/key-worker").param("version", "0").param("workerId", jordan)
                        .param("dateDay", String.valueOf(today.getDayOfMonth())).param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear())).param("reason", "Stale page")
                        .with(csrf()).with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict-table\"")));
    }

    @Test
    void aDecisionWithoutItsRationaleOrInTheFutureIsRefusedAtTheField() throws Exception {
        UUID child = CaseworkTestData.child(people, "Ignatius", "Ferreira", LocalDate.of(2012, 9, 9));
        mvc.perform(get("/children/" + child + "/decisions/new").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a management decision")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        mvc.perform(post("/children/" + child + "/decisions/new").param("decidedDay", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("decidedMonth", String.valueOf(tomorrow.getMonthValue())).param("decidedYear", String.valueOf(tomorrow.getYear()))
                        .param("decidedTime", "25:99").param("decision", "Close").param("rationale", "Done")
                        .with(csrf()).with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#decidedTime\"")))
                .andExpect(content().string(containsString("Enter the time of the decision, like 09:30 or 14:05")))
                .andExpect(content().string(containsString("id=\"rationale-error\"")))
                .andExpect(content().string(containsString("Give the rationale for the decision (at least 20 characters)")));
        mvc.perform(post("/children/" + child + "/decisions/new").param("decidedDay", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("decidedMonth", String.valueOf(tomorrow.getMonthValue())).param("decidedYear", String.valueOf(tomorrow.getYear()))
                        .param("decidedTime", "10:00").param("decision", "Close the case").param("rationale", "Needs met and the family agree to closure.")
                        .with(csrf()).with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#decidedDay\"")))
                .andExpect(content().string(containsString("The time of the decision must be now or in the past")));
        mvc.perform(post("/children/" + child + "/decisions/new").param("decidedDay", "1").param("decidedMonth", "1").param("decidedYear", "2026")
                        .param("decidedTime", "10:00").param("decision", "Close the case").param("rationale", "Needs met and the family agree to closure.")
                        .with(csrf()).with(worker()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSupervisionActionWithoutItsOwnerIsShownAtThatRowsField() throws Exception {
        UUID child = CaseworkTestData.child(people, "Juno", "Kettleby", LocalDate.of(2014, 6, 14));
        String jordan = CaseworkTestData.staff(staff, "social.worker").id().toString();
        LocalDate today = LocalDate.now();
        mvc.perform(post("/children/" + child + "/supervision/new")
                        .param("heldDay", String.valueOf(today.getDayOfMonth())).param("heldMonth", String.valueOf(today.getMonthValue()))
                        .param("heldYear", String.valueOf(today.getYear())).param("workerId", jordan)
                        .param("summary", "Discussed the plan and the school's view").param("analysis", "Progress is real but fragile")
                        .param("actions[1].action", "Visit the school").param("actions[1].ownerId", "")
                        .param("actions[1].dueDay", "1").param("actions[1].dueMonth", "1").param("actions[1].dueYear", String.valueOf(today.getYear() + 1))
                        .with(csrf()).with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#actions[1].ownerId\"")))
                .andExpect(content().string(containsString("Select who owns action 1")))
                .andExpect(content().string(containsString("value=\"Visit the school\"")));
    }

    @Test
    void theChildsRecordShowsWhoTheyAreWhoIsInvolvedAndWhatIsOpenAndIsAuditedOnce() throws Exception {
        UUID child = CaseworkTestData.child(people, "Seraphina", "Oduya", LocalDate.of(2015, 2, 2));
        as("manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, CaseworkTestData.staff(staff, "social.worker").id(), LocalDate.now(),
                "Allocated for assessment"));
        as("social.worker", "SOCIAL_WORKER", () -> notes.record(child, new CaseNoteContent("HOME_VISIT", java.time.LocalDateTime.now().minusDays(1),
                "Home visit", "Saw Seraphina in her room; she showed me her drawings.", true, true, "\"I like my school\"", false), null, null));
        long before = views(child);
        mvc.perform(get("/children/" + child).with(worker()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"child-name\">Seraphina Oduya</h1>")))
                .andExpect(content().string(containsString("id=\"seen-alone\"")))
                .andExpect(content().string(containsString("id=\"recent-notes\"")))
                .andExpect(content().string(containsString("Jordan Social-Worker, Safeguarding and Family Support 1")))
                .andExpect(content().string(containsString("White British")))
                .andExpect(content().string(containsString("No timescales are running.")));
        org.assertj.core.api.Assertions.assertThat(views(child)).isEqualTo(before + 1);
        mvc.perform(get("/people/" + child).with(worker()))
                .andExpect(content().string(containsString("href=\"/children/" + child + "\"")));
        mvc.perform(get("/children/" + child).with(user("partner").roles("PARTNER_LEAD_PROFESSIONAL"))).andExpect(status().isForbidden());
    }

    @Test
    void anAuthorisationReturnedWithoutARationaleIsRefused() throws Exception {
        UUID child = CaseworkTestData.child(people, "Tobias", "Lindqvist", LocalDate.of(2013, 3, 13));
        AuthorisationSummary item = as("social.worker", "SOCIAL_WORKER", () -> allocationsAuthorisations().request(new AuthorisationRequest(child,
                "ASSESSMENT", UUID.randomUUID(), "Assessment for sign-off", "/children/" + child, null)));
        mvc.perform(get("/authorisations").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Assessment for sign-off")));
        mvc.perform(post("/authorisations/" + item.id()).param("version", String.valueOf(item.version())).param("outcome", "RETURNED")
                        .param("rationale", "").with(csrf()).with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#rationale\"")))
                .andExpect(content().string(containsString("Explain why you are returning it")));
        mvc.perform(post("/authorisations/" + item.id()).param("version", String.valueOf(item.version())).param("outcome", "AUTHORISED")
                        .with(csrf()).with(manager()))
                .andExpect(status().is3xxRedirection());
    }

    @Autowired Authorisations authorisations;

    private Authorisations allocationsAuthorisations() {
        return authorisations;
    }

    private long views(UUID child) {
        return jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE subject_id = :c AND action = 'VIEWED'").param("c", child)
                .query(Long.class).single();
    }
}
