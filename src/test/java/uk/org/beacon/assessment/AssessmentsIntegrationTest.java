package uk.org.beacon.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

class AssessmentsIntegrationTest extends BeaconIntegrationTest {

    private static final String RATIONALE = "I agree: mum's low mood explains the missed meals, and a plan with school and health will help.";

    @Autowired Assessments assessments;
    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired Clocks clocks;
    @Autowired JdbcClient jdbc;

    @Test
    void aWorkerWritesSubmitsIsReturnedResubmitsAndTheManagerAuthorisesWhichStopsTheAssessmentClock() {
        LocalDate today = clocks.today();
        ReferralSummary referral = AssessmentTestData.referredChild(people, contacts, "Nell", "Ashdown", LocalDate.of(2017, 3, 2), today.minusDays(20));
        AssessmentDetails started = as("social.worker", "SOCIAL_WORKER", () -> assessments.start(referral.childId(), referral.id(), today.minusDays(19)));
        assertThat(started.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(started.due()).isAfter(today);

        AssessmentDetails saved = as("social.worker", "SOCIAL_WORKER", () -> assessments.saveDraft(started.id(), started.version(),
                AssessmentTestData.complete(today.minusDays(15))));
        AssessmentDetails submitted = as("social.worker", "SOCIAL_WORKER", () -> assessments.submit(saved.id(), saved.version()));
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(as("manager", "TEAM_MANAGER", () -> assessments.awaitingAuthorisation())).extracting(AssessmentSummary::id).contains(saved.id());
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> assessments.saveDraft(saved.id(), submitted.version(),
                AssessmentContent.empty()))).isInstanceOf(RuleViolationException.class);

        assertThatThrownBy(() -> as("manager", "TEAM_MANAGER", () -> assessments.returnToWorker(saved.id(), submitted.version(), "Too short")))
                .isInstanceOf(RuleViolationException.class);
        AssessmentDetails returned = as("manager", "TEAM_MANAGER", () -> assessments.returnToWorker(saved.id(), submitted.version(),
                "Please add what the school nurse said about weight."));
        assertThat(returned.status()).isEqualTo(AssessmentStatus.RETURNED);
        assertThat(returned.content()).isEqualTo(saved.content());
        assertThat(returned.latestReturn().comment()).contains("school nurse");
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> assessments.mine())).extracting(AssessmentSummary::id).contains(saved.id());

        AssessmentContent more = AssessmentTestData.complete(today.minusDays(15));
        AssessmentContent changed = new AssessmentContent(more.childSeenOn(), more.childSeenAloneOn(), null, more.childsViews(), more.familyViews(),
                more.risks(), more.protectiveFactors(), more.historyConsidered(), more.identityNeeds(),
                more.analysis() + " The school nurse reports weight on the 10th centile.", more.nextSteps(), more.factors(), more.outcome(), null,
                null, more.thirdPartyInformation());
        AssessmentDetails resaved = as("social.worker", "SOCIAL_WORKER", () -> assessments.saveDraft(saved.id(), returned.version(), changed));
        AssessmentDetails resubmitted = as("social.worker", "SOCIAL_WORKER", () -> assessments.submit(saved.id(), resaved.version()));

        AssessmentDetails authorised = as("manager", "TEAM_MANAGER", () -> assessments.authorise(saved.id(), resubmitted.version(), today, RATIONALE,
                null, null));
        assertThat(authorised.status()).isEqualTo(AssessmentStatus.AUTHORISED);
        assertThat(authorised.authorisedOn()).isEqualTo(today);
        assertThat(authorised.managerRationale()).isEqualTo(RATIONALE);
        assertThat(authorised.reviews()).extracting(AssessmentDetails.Review::action).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "AUTHORISED");
        assertThat(authorised.content().analysis()).contains("10th centile");
        ClockSummary t2 = as("manager", "TEAM_MANAGER", () -> clocks.forChild(referral.childId(), today)).stream()
                .filter(c -> c.ruleId().equals("T2")).findFirst().orElseThrow();
        assertThat(t2.stoppedOn()).isEqualTo(today);
        assertThat(t2.late()).isFalse();
        assertThat(jdbc.sql("SELECT authorised_on FROM reporting.assessment WHERE assessment_id = :id").param("id", saved.id())
                .query(LocalDate.class).single()).isEqualTo(today);
    }

    @Test
    void aLateAuthorisationNeedsTheReasonAndAManagerNeverAuthorisesTheirOwnAssessment() {
        LocalDate today = clocks.today();
        ReferralSummary referral = AssessmentTestData.referredChild(people, contacts, "Otis", "Brambleby", LocalDate.of(2015, 6, 9), today.minusDays(90));
        AssessmentDetails mine = as("sfs2.manager", "TEAM_MANAGER", () -> {
            AssessmentDetails a = assessments.start(referral.childId(), referral.id(), today.minusDays(88));
            a = assessments.saveDraft(a.id(), a.version(), AssessmentTestData.complete(today.minusDays(80)));
            return assessments.submit(a.id(), a.version());
        });
        assertThatThrownBy(() -> as("sfs2.manager", "TEAM_MANAGER", () -> assessments.authorise(mine.id(), mine.version(), today, RATIONALE, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("rationale")).contains("your own"));

        assertThat(as("manager", "TEAM_MANAGER", () -> assessments.lateIfAuthorisedOn(mine.id(), today))).isTrue();
        assertThatThrownBy(() -> as("manager", "TEAM_MANAGER", () -> assessments.authorise(mine.id(), mine.version(), today, RATIONALE, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKeys("lateReasonCode", "lateReasonText"));
        assertThatThrownBy(() -> as("manager", "TEAM_MANAGER", () -> assessments.authorise(mine.id(), mine.version(), today.minusDays(89), RATIONALE,
                null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("authorisedOn")).contains("before it started"));

        AssessmentDetails authorised = as("manager", "TEAM_MANAGER", () -> assessments.authorise(mine.id(), mine.version(), today, RATIONALE,
                "FAMILY_UNAVAILABLE", "Mum cancelled three planned visits."));
        assertThat(authorised.lateReasonText()).contains("cancelled");
        ClockSummary t2 = as("manager", "TEAM_MANAGER", () -> clocks.forChild(referral.childId(), today)).stream()
                .filter(c -> c.ruleId().equals("T2")).findFirst().orElseThrow();
        assertThat(t2.late()).isTrue();
        assertThat(t2.lateReasonCode()).isEqualTo("FAMILY_UNAVAILABLE");
    }

    @Test
    void anAuthorisedAssessmentNeverChangesCorrectionsAreAmendmentsAndAStaleSaveIsAConflict() {
        LocalDate today = clocks.today();
        ReferralSummary referral = AssessmentTestData.referredChild(people, contacts, "Ivy", "Coldharbour", LocalDate.of(2019, 1, 20), today.minusDays(10));
        AssessmentDetails a = as("social.worker", "SOCIAL_WORKER", () -> assessments.start(referral.childId(), referral.id(), today.minusDays(9)));
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> assessments.start(referral.childId(), referral.id(), today)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("referralId"));
        assertThatThrownBy(() -> as("sfs1.worker1", "SOCIAL_WORKER", () -> assessments.saveDraft(a.id(), a.version(), AssessmentContent.empty())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        AssessmentDetails first = as("social.worker", "SOCIAL_WORKER", () -> assessments.saveDraft(a.id(), a.version(),
                AssessmentTestData.complete(today.minusDays(8))));
        AssessmentContent other = new AssessmentContent(today.minusDays(7), null, null, "Different words.", null, null, null, null, null, null, null,
                List.of(), null, null, null, null);
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> assessments.saveDraft(a.id(), a.version(), other)))
                .isInstanceOf(EditConflictException.class);
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> assessments.saveDraft(a.id(), a.version(), AssessmentTestData.complete(today.minusDays(8))))
                .version()).as("the same words again are not a conflict").isEqualTo(first.version());

        AssessmentDetails submitted = as("social.worker", "SOCIAL_WORKER", () -> assessments.submit(a.id(), first.version()));
        as("manager", "TEAM_MANAGER", () -> assessments.authorise(a.id(), submitted.version(), today, RATIONALE, null, null));
        assertThatThrownBy(() -> jdbc.sql("UPDATE assessment.assessment SET analysis = 'changed' WHERE id = :id").param("id", a.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM assessment.assessment WHERE id = :id").param("id", a.id()).update())
                .isInstanceOf(DataAccessException.class);

        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> assessments.amend(a.id(), "analysis", "", "x")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        AssessmentDetails amended = as("social.worker", "SOCIAL_WORKER", () -> assessments.amend(a.id(), "analysis", "The centile was misread",
                "Weight is on the 25th centile, not the 10th."));
        assertThat(amended.amendments()).singleElement().satisfies(x -> {
            assertThat(x.sectionLabel()).isEqualTo("Analysis");
            assertThat(x.correctedText()).contains("25th centile");
        });
        assertThat(amended.content().analysis()).isEqualTo(first.content().analysis());
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> assessments.referralsToAssess(referral.childId()))).isEmpty();
    }
}
