package uk.org.beacon.childinneed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.beacon.childinneed.EpisodeRules.Activity;
import uk.org.beacon.childinneed.EpisodeRules.ClosureFacts;
import uk.org.beacon.childinneed.EpisodeRules.Period;
import uk.org.beacon.childinneed.EpisodeRules.PlanPeriod;

class EpisodeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate REFERRED = LocalDate.of(2026, 9, 1);
    private static final Set<String> RC = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
    private static final Set<String> NEEDS = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    private static ClosureFacts facts(Activity... activity) {
        return new ClosureFacts(REFERRED, false, List.of(activity), false, null, "N1");
    }

    private static EpisodeClosure closing(LocalDate on, String reason) {
        return new EpisodeClosure(on, reason, null, null, null, null);
    }

    private static Activity assessment(LocalDate started, LocalDate authorised) {
        return new Activity("ASSESSMENT", started, authorised);
    }

    @Test
    void aReferralWhileAnEpisodeIsOpenJoinsItInsteadOfOpeningAnOverlappingOne() {
        UUID closed = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        List<Period> episodes = List.of(new Period(closed, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)), new Period(open, REFERRED, null));
        assertThat(EpisodeRules.episodeFor(episodes, TODAY)).contains(open);
    }

    @Test
    void aReferralDatedInsideAClosedEpisodeJoinsItAndOneAfterItsClosureOpensANewEpisode() {
        UUID closed = UUID.randomUUID();
        List<Period> episodes = List.of(new Period(closed, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)));
        assertThat(EpisodeRules.episodeFor(episodes, LocalDate.of(2025, 3, 1))).contains(closed);
        assertThat(EpisodeRules.episodeFor(episodes, LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(EpisodeRules.episodeFor(List.of(), TODAY)).isEmpty();
    }

    @Test
    void aReferralRecordedLateBeforeALaterEpisodeJoinsThatEpisode() {
        UUID later = UUID.randomUUID();
        List<Period> episodes = List.of(new Period(later, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 1)));
        assertThat(EpisodeRules.episodeFor(episodes, LocalDate.of(2025, 4, 1))).contains(later);
    }

    @Test
    void overlappingEpisodesAreDetected() {
        Period a = new Period(UUID.randomUUID(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1));
        assertThat(EpisodeRules.overlapping(List.of(a, new Period(UUID.randomUUID(), LocalDate.of(2025, 6, 1), null)))).isFalse();
        assertThat(EpisodeRules.overlapping(List.of(a, new Period(UUID.randomUUID(), LocalDate.of(2025, 5, 31), null)))).isTrue();
        assertThat(EpisodeRules.overlapping(List.of(new Period(UUID.randomUUID(), REFERRED, null), new Period(UUID.randomUUID(), TODAY, null))))
                .isTrue();
    }

    @Test
    void anEpisodeWithAnOpenAssessmentCannotClose() {
        var errors = EpisodeRules.checkClosure(facts(assessment(REFERRED.plusDays(2), null)), closing(TODAY, "RC7"), RC, NEEDS, TODAY);
        assertThat(errors).containsOnlyKeys("closedOn");
        assertThat(errors.get("closedOn")).contains("assessment started on 3 September 2026 is still open").contains("8867");
    }

    @Test
    void anEpisodeWithASection47AwaitingItsConferenceCannotClose() {
        var errors = EpisodeRules.checkClosure(facts(assessment(REFERRED, REFERRED.plusDays(20)), new Activity("SECTION_47", REFERRED.plusDays(5), null)),
                closing(TODAY, "RC7"), RC, NEEDS, TODAY);
        assertThat(errors.get("closedOn")).contains("section 47 enquiry").contains("8868");
    }

    @Test
    void closureCannotBeInTheFutureBeforeTheReferralOrBeforeItsActivity() {
        assertThat(EpisodeRules.checkClosure(facts(), closing(TODAY.plusDays(1), "RC7"), RC, NEEDS, TODAY).get("closedOn")).contains("today or in the past");
        assertThat(EpisodeRules.checkClosure(facts(), closing(REFERRED.minusDays(1), "RC7"), RC, NEEDS, TODAY).get("closedOn")).contains("8630");
        assertThat(EpisodeRules.checkClosure(facts(assessment(REFERRED, REFERRED.plusDays(30))), closing(REFERRED.plusDays(10), "RC8"), RC, NEEDS,
                TODAY).get("closedOn")).contains("8565");
    }

    @Test
    void closureNeedsADateAndAReasonFromTheList() {
        var errors = EpisodeRules.checkClosure(facts(), closing(null, "RC10"), RC, NEEDS, TODAY);
        assertThat(errors).containsKeys("closedOn", "closureReason");
    }

    @Test
    void rc8AndRc9AreOnlyForEpisodesClosedStraightAfterAnAssessment() {
        Activity authorised = assessment(REFERRED, REFERRED.plusDays(30));
        assertThat(EpisodeRules.checkClosure(facts(authorised), closing(TODAY, "RC8"), RC, NEEDS, TODAY)).isEmpty();
        assertThat(EpisodeRules.checkClosure(facts(authorised, new Activity("CIN_PLAN", REFERRED.plusDays(31), REFERRED.plusDays(60))),
                closing(TODAY, "RC8"), RC, NEEDS, TODAY).get("closureReason")).contains("2990");
        assertThat(EpisodeRules.checkClosure(facts(authorised, new Activity("SECTION_47", REFERRED.plusDays(3), REFERRED.plusDays(10))),
                closing(TODAY, "RC8"), RC, NEEDS, TODAY).get("closureReason")).contains("2990");
        assertThat(EpisodeRules.checkClosure(facts(), closing(TODAY, "RC8"), RC, NEEDS, TODAY).get("closureReason")).contains("8825Q");
    }

    @Test
    void rc9NeedsANamedLeadProfessionalWhoAcceptedBeforeTheCaseClosed() {
        Activity authorised = assessment(REFERRED, REFERRED.plusDays(30));
        var errors = EpisodeRules.checkClosure(facts(authorised), closing(TODAY, "RC9"), RC, NEEDS, TODAY);
        assertThat(errors).containsOnlyKeys("leadProfessionalName", "leadProfessionalAgency", "leadProfessionalAcceptedOn");
        var lateAcceptance = new EpisodeClosure(TODAY.minusDays(2), "RC9", null, "Ms Jo Early", "Northgate Family Hub", TODAY.minusDays(1));
        assertThat(EpisodeRules.checkClosure(facts(authorised), lateAcceptance, RC, NEEDS, TODAY)).containsOnlyKeys("leadProfessionalAcceptedOn");
        var accepted = new EpisodeClosure(TODAY, "RC9", null, "Ms Jo Early", "Northgate Family Hub", TODAY.minusDays(1));
        assertThat(EpisodeRules.checkClosure(facts(authorised), accepted, RC, NEEDS, TODAY)).isEmpty();
    }

    @Test
    void aStepDownAgreedAtAssessmentNeedsTheLeadProfessionalWhateverTheCode() {
        ClosureFacts stepDown = new ClosureFacts(REFERRED, false, List.of(assessment(REFERRED, REFERRED.plusDays(30))), true, null, "N4");
        assertThat(EpisodeRules.checkClosure(stepDown, closing(TODAY, "RC7"), RC, NEEDS, TODAY)).containsKey("leadProfessionalAcceptedOn");
    }

    @Test
    void rc2NeedsTheChildsDateOfDeathAndEveryClosureNeedsThePrimaryNeed() {
        assertThat(EpisodeRules.checkClosure(facts(), closing(TODAY, "RC2"), RC, NEEDS, TODAY)).containsOnlyKeys("closureReason");
        ClosureFacts died = new ClosureFacts(REFERRED, false, List.of(), false, TODAY.minusDays(3), "N2");
        assertThat(EpisodeRules.checkClosure(died, closing(TODAY, "RC2"), RC, NEEDS, TODAY)).isEmpty();
        ClosureFacts noNeed = new ClosureFacts(REFERRED, false, List.of(), false, null, null);
        assertThat(EpisodeRules.checkClosure(noNeed, closing(TODAY, "RC7"), RC, NEEDS, TODAY)).containsOnlyKeys("primaryNeed");
        assertThat(EpisodeRules.checkClosure(noNeed, new EpisodeClosure(TODAY, "RC7", "N5", null, null, null), RC, NEEDS, TODAY)).isEmpty();
    }

    @Test
    void oneChildInNeedPlanAtATimeWithinTheEpisodeAndNeverAlongsideAChildProtectionPlan() {
        assertThat(EpisodeRules.checkPlanStart(REFERRED, true, REFERRED.plusDays(40), List.of(), List.of(), TODAY)).isEmpty();
        assertThat(EpisodeRules.checkPlanStart(REFERRED, false, TODAY, List.of(), List.of(), TODAY)).containsKey("startedOn");
        assertThat(EpisodeRules.checkPlanStart(REFERRED, true, REFERRED.minusDays(1), List.of(), List.of(), TODAY).get("startedOn")).contains("4015");
        assertThat(EpisodeRules.checkPlanStart(REFERRED, true, TODAY, List.of(new PlanPeriod(REFERRED, null)), List.of(), TODAY).get("startedOn"))
                .contains("4004");
        assertThat(EpisodeRules.checkPlanStart(REFERRED, true, TODAY.minusDays(10), List.of(new PlanPeriod(REFERRED, TODAY.minusDays(5))), List.of(),
                TODAY).get("startedOn")).contains("4014");
        assertThat(EpisodeRules.checkPlanStart(REFERRED, true, TODAY.minusDays(10), List.of(), List.of(new PlanPeriod(REFERRED, null)), TODAY)
                .get("startedOn")).contains("4016");
        assertThat(EpisodeRules.checkPlanStart(REFERRED, true, TODAY.minusDays(10), List.of(), List.of(new PlanPeriod(REFERRED, TODAY.minusDays(10))),
                TODAY)).as("stepping down on the day the child protection plan ends").isEmpty();
        assertThat(EpisodeRules.checkPlanStart(REFERRED, true, TODAY.minusDays(20), List.of(), List.of(new PlanPeriod(TODAY.minusDays(10), null)), TODAY)
                .get("startedOn")).as("recorded late, before a protection plan already on the record").contains("4017");
    }

    @Test
    void aPlanEndsOnOrAfterItsStartWithAReason() {
        Set<String> reasons = Set.of("NEEDS_MET");
        assertThat(EpisodeRules.checkPlanEnd(REFERRED, false, REFERRED.minusDays(1), "NEEDS_MET", reasons, null, TODAY).get("endedOn")).contains("4011");
        assertThat(EpisodeRules.checkPlanEnd(REFERRED, false, TODAY, null, reasons, null, TODAY)).containsOnlyKeys("endReason");
        assertThat(EpisodeRules.checkPlanEnd(REFERRED, false, REFERRED, "NEEDS_MET", reasons, null, TODAY)).isEmpty();
    }
}
