package uk.org.beacon.childinneed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.assessment.AssessmentAuthorised;
import uk.org.beacon.assessment.AssessmentOutcome;
import uk.org.beacon.assessment.AssessmentStarted;
import uk.org.beacon.childprotection.Section47EnquiryConcluded;
import uk.org.beacon.childprotection.Section47EnquiryStarted;
import uk.org.beacon.childprotection.Section47Outcome;
import uk.org.beacon.person.People;
import uk.org.beacon.web.RuleViolationException;

class EpisodesIntegrationTest extends BeaconIntegrationTest {

    @Autowired Episodes episodes;
    @Autowired ChildInNeedPlans cinPlans;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired People people;
    @Autowired Clock clock;

    private ChildInNeedTestSupport support;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        support = new ChildInNeedTestSupport(events, transactions, jdbc, people);
        today = LocalDate.now(clock);
    }

    private static <T> T worker(java.util.function.Supplier<T> work) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", work);
    }

    @Test
    void aReferralOpensAnEpisodeAndAFurtherReferralJoinsItInsteadOfOpeningASecond() {
        UUID child = support.child("Kai", "Episodic");
        UUID first = support.referred(child, today.minusDays(40));
        UUID second = support.referred(child, today.minusDays(10));

        List<EpisodeSummary> list = worker(() -> episodes.forChild(child));
        assertThat(list).singleElement().satisfies(e -> {
            assertThat(e.referralId()).isEqualTo(first);
            assertThat(e.referralDate()).isEqualTo(today.minusDays(40));
            assertThat(e.open()).isTrue();
            assertThat(e.referrals()).extracting(EpisodeReferral::referralId).containsExactly(first, second);
            assertThat(e.referrals()).extracting(EpisodeReferral::openedEpisode).containsExactly(true, false);
        });
        assertThat(jdbc.sql("SELECT further_referrals FROM reporting.cin_episode WHERE child_id = :c").param("c", child).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void assessmentsAndEnquiriesBecomeTheEpisodesActivityAndAnOpenOneStopsItClosing() {
        UUID child = support.child("Lia", "Openwork");
        UUID referral = support.referred(child, today.minusDays(50));
        UUID episode = support.episodeOf(referral);
        UUID assessment = UUID.randomUUID();
        support.publish(new AssessmentStarted(assessment, child, referral, today.minusDays(48), null));

        RuleViolationException refused = worker(() -> {
            try {
                episodes.close(episode, support.version(episode), new EpisodeClosure(today, "RC7", "N4", null, null, null));
                return null;
            } catch (RuleViolationException e) {
                return e;
            }
        });
        assertThat(refused).isNotNull();
        assertThat(refused.fieldErrors().get("closedOn")).contains("still open").contains("8867");

        support.publish(new AssessmentAuthorised(assessment, child, referral, today.minusDays(48), today.minusDays(20), List.of("2B", "3B"),
                AssessmentOutcome.STRATEGY_DISCUSSION, null, "Risk of harm", null));
        UUID enquiry = UUID.randomUUID();
        support.publish(new Section47EnquiryStarted(enquiry, child, referral, UUID.randomUUID(), today.minusDays(19), today.minusDays(5)));
        assertThatThrownBy(() -> worker(() -> episodes.close(episode, support.version(episode),
                new EpisodeClosure(today, "RC7", "N1", null, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("closedOn")).contains("8868"));

        support.publish(new Section47EnquiryConcluded(enquiry, child, referral, today.minusDays(19), today.minusDays(12),
                Section47Outcome.NOT_SUBSTANTIATED, today.minusDays(5)));
        EpisodeSummary e = worker(() -> episodes.find(episode));
        assertThat(e.activity()).extracting(EpisodeActivitySummary::kind).containsExactly("ASSESSMENT", "SECTION_47");
        assertThat(e.activity().get(0).factors()).containsExactly("2B", "3B");
        assertThat(e.activity().get(1).icpcNotRequired()).isTrue();

        assertThatThrownBy(() -> worker(() -> episodes.close(episode, e.version(), new EpisodeClosure(today, "RC8", "N1", null, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.fieldErrors().get("closureReason")).contains("2990"));
        EpisodeSummary closed = worker(() -> episodes.close(episode, e.version(), new EpisodeClosure(today, "RC7", "N1", null, null, null)));
        assertThat(closed.closedOn()).isEqualTo(today);
        assertThat(closed.closureReasonLabel()).startsWith("Services ended");
        assertThat(jdbc.sql("SELECT closure_reason FROM reporting.cin_episode WHERE episode_id = :e").param("e", episode).query(String.class).single())
                .isEqualTo("RC7");

        UUID after = support.referred(child, today);
        assertThat(support.episodeOf(after)).as("a referral after the closure opens a new episode").isNotEqualTo(episode);
    }

    @Test
    void aStepDownNeedsTheNamedLeadProfessionalToAcceptBeforeTheEpisodeClosesAsRc9() {
        UUID child = support.child("Mo", "Stepdown");
        UUID referral = support.referred(child, today.minusDays(60));
        UUID episode = support.episodeOf(referral);
        UUID assessment = UUID.randomUUID();
        support.publish(new AssessmentAuthorised(assessment, child, referral, today.minusDays(58), today.minusDays(30), List.of("21"),
                AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP, "Ms Jo Early, Northgate Family Hub", "Needs met by early help", null));
        EpisodeSummary e = worker(() -> episodes.find(episode));
        assertThat(e.stepDownAgreed()).isTrue();
        assertThat(e.leadProfessionalName()).isEqualTo("Ms Jo Early, Northgate Family Hub");
        assertThat(e.leadProfessionalAcceptedOn()).isNull();

        assertThatThrownBy(() -> worker(() -> episodes.close(episode, e.version(), new EpisodeClosure(today, "RC9", "N4", null, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.fieldErrors())
                        .containsKeys("leadProfessionalName", "leadProfessionalAgency", "leadProfessionalAcceptedOn"));
        EpisodeSummary closed = worker(() -> episodes.close(episode, e.version(),
                new EpisodeClosure(today, "RC9", "N4", "Ms Jo Early", "Northgate Family Hub", today.minusDays(2))));
        assertThat(closed.closureReason()).isEqualTo("RC9");
        assertThat(closed.leadProfessionalAcceptedOn()).isEqualTo(today.minusDays(2));
    }

    @Test
    void anEpisodeWithAChildInNeedPlanCannotCloseAsRc8() {
        UUID child = support.child("Noor", "Planned");
        UUID referral = support.referred(child, today.minusDays(90));
        UUID episode = support.episodeOf(referral);
        UUID assessment = UUID.randomUUID();
        support.publish(new AssessmentAuthorised(assessment, child, referral, today.minusDays(88), today.minusDays(60), List.of("1C"),
                AssessmentOutcome.CHILD_IN_NEED_PLAN, null, "Plan needed", null));
        assertThat(worker(() -> episodes.find(episode)).startPlanPrompted()).isTrue();
        ChildInNeedPlanDetails plan = worker(() -> cinPlans.start(child, today.minusDays(55)));
        assertThat(worker(() -> episodes.find(episode)).startPlanPrompted()).isFalse();
        worker(() -> cinPlans.end(plan.summary().id(), plan.summary().version(), today.minusDays(5), "NEEDS_MET", null));

        long version = support.version(episode);
        assertThatThrownBy(() -> worker(() -> episodes.close(episode, version, new EpisodeClosure(today, "RC8", "N5", null, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.fieldErrors().get("closureReason")).contains("2990"));
        assertThat(worker(() -> episodes.close(episode, version, new EpisodeClosure(today, "RC7", "N5", null, null, null))).open()).isFalse();
    }
}
