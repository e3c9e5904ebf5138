package uk.org.beacon.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.beacon.SignedIn.as;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.conference.ConferenceArrangement;
import uk.org.beacon.childprotection.conference.ConferenceDecision;
import uk.org.beacon.childprotection.conference.ConferenceDetails;
import uk.org.beacon.childprotection.conference.ConferenceTestData;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;

/**
 * The plan as the family receives it: made by a real conference (the chair's reasons and the manager's view),
 * worked by the core group, reviewed; downloaded from the plan's page and the API and read back as text.
 */
class ChildProtectionPlanFamilyCopyTest extends BeaconIntegrationTest {

    private static final String CHAIR_REASONS = "Kit is likely to suffer significant harm through neglect: the home has had no heating since October.";
    private static final String MANAGER_VIEW = "The team manager agrees: the parents have not taken up the help offered under the child in need plan.";
    private static final String ACTION = "Dad arranges for the boiler to be repaired and shows the social worker the engineer's certificate";
    private static final String REVIEW_REASONS = "The boiler is not yet repaired, so the plan continues until Kit's home is warm.";
    private static final String PRIVATE_NOTE = "The neighbour at number 12 told the police that dad is drinking again";

    @Autowired ChildProtectionPlans cpPlans;
    @Autowired Conferences conferences;
    @Autowired People people;
    @Autowired Families families;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired Staff staff;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Keeps a copy under target/child-protection for people reviewing a build. */
    private static void keep(byte[] bytes) throws IOException {
        java.nio.file.Path dir = java.nio.file.Paths.get("target", "child-protection");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve("plan-family-copy.pdf"), bytes);
    }

    @Test
    void theFamilysCopyOfThePlanGivesTheChairsAndManagersReasonsAndTheActionsAndLeavesOutWhatOtherPeopleToldUs() throws Exception {
        ConferenceTestData data = new ConferenceTestData(people, families, clocks, timescales, events, transactions, jdbc);
        LocalDate today = cpPlans.today();
        LocalDate strategy = ConferenceTestData.workingDaysBefore(workingDays, today, 12);
        ConferenceTestData.Case c = data.concludedEnquiry("Kit", "Ravensworth", LocalDate.of(2018, 1, 9), strategy);
        UUID chair = staff.findByUsername("chair").orElseThrow().id();
        LocalDate heldOn = ConferenceTestData.workingDaysBefore(workingDays, today, 6);
        as("chair", "CP_CHAIR", () -> {
            ConferenceDetails open = conferences.open(c.conferenceId());
            ConferenceDetails arranged = conferences.recordPastArrangements(c.conferenceId(), open.version(), new ConferenceArrangement(
                    heldOn.atTime(LocalTime.of(10, 0)), "Civic Centre", chair, null, null, List.of(c.motherId(), c.fatherId()), false,
                    "Kit is eight and his views were gathered by his social worker", List.of("POLICE")));
            return conferences.recordDecision(c.conferenceId(), arranged.version(), new ConferenceDecision(heldOn, true, "NEG",
                    "The home is cold and there is often no food", "Kit's grandmother collects him from school", CHAIR_REASONS, MANAGER_VIEW,
                    null, null, null, null));
        });
        data.awaitDelivery();
        ChildProtectionPlanSummary plan = as("chair", "CP_CHAIR", () -> cpPlans.forChild(c.childId())).get(0);

        as("social.worker", "SOCIAL_WORKER", () -> {
            PlanDetails p = cpPlans.addOutcome(plan.id(), cpPlans.find(plan.id()).plan().version(), "Kit lives in a warm home with food in it");
            PlanActionSummary action = cpPlans.addAction(plan.id(), p.outcomes().get(0).id(), p.version(), new PlanActionContent(ACTION,
                    "Ellis Ravensworth", "Father", null, "Kit's bedroom is warm enough to sleep in", today.plusWeeks(3), true)).action();
            ChildProtectionPlanDetails withMember = cpPlans.addMember(plan.id(), cpPlans.find(plan.id()).summary().version(), "Dana Hale",
                    "School (designated safeguarding lead)", null, null);
            return cpPlans.recordCoreGroup(plan.id(), withMember.summary().version(), today, "Social worker, both parents, Dana Hale",
                    PRIVATE_NOTE, List.of(new ActionProgressEntry(action.id(), action.version(), PlanActionStatus.ON_TRACK,
                            "Engineer booked; " + PRIVATE_NOTE)), null);
        });
        LocalDate reviewOn = workingDays.isWorkingDay(today) ? today : ConferenceTestData.workingDaysBefore(workingDays, today, 1);
        as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), cpPlans.find(plan.id()).summary().version(), reviewOn,
                ReviewDecision.CONTINUE, REVIEW_REASONS, null, null, null, null, null, null));

        byte[] fromPage = mvc.perform(get("/children/" + c.childId() + "/child-protection/plans/" + plan.id() + "/family-copy.pdf")
                        .with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        keep(fromPage);
        String text = text(fromPage);
        assertThat(text).contains("Your child's child protection plan", "Kit Ravensworth", "Category Neglect");
        assertThat(text).contains(CHAIR_REASONS, MANAGER_VIEW, "The social work manager's view");
        assertThat(text).contains("1. Kit lives in a warm home with food in it", ACTION, "Who Ellis Ravensworth (Father)",
                "What will be different Kit's bedroom is warm enough to sleep in", "Where it stands On track");
        assertThat(text).contains("Dana Hale (School (designated safeguarding lead))");
        assertThat(text).contains("The latest review conference", "The review conference decided that the plan continues",
                "The chair's reasons: " + REVIEW_REASONS);
        assertThat(text).contains("Review conference by " + ChildProtectionPlanRules.nextReviewDue(reviewOn).format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        assertThat(text).doesNotContain("neighbour").doesNotContain("drinking").doesNotContain("Engineer booked");
        assertThat(text).contains("Page 1 of");

        byte[] fromApi = mvc.perform(get("/api/v1/children/" + c.childId() + "/child-protection/plans/" + plan.id() + "/family-copy.pdf")
                        .with(user("chair").roles("CP_CHAIR")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(fromApi)).contains(CHAIR_REASONS, ACTION);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE subject_id = :c AND detail ->> 'printed' = 'family copy'")
                .param("c", c.childId()).query(Long.class).single()).isEqualTo(2);
    }
}
